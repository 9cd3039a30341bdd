"""huggingtweets: fine-tune a language model on someone's posts and publish it.

Data flows one way: sources -> clean -> dataset -> train -> generate -> card/publish.
"""

__version__ = "0.2.0"
