"""The records that pass between the stages: sources -> clean -> dataset -> train -> card/publish.

One import for all of them (`from huggingtweets.records import Account, TrainingRecord`); the
package's modules only keep each file short: `posts` (Post, Counts, Account), `dataset`
(DatasetInfo: dataset.json), `training` (TrainingRecord and its parts: training.json),
`evaluation` (the report). Each record has one `to_json` and one `from_json`; `dataset.json` and
`training.json` are written and read only through `DatasetInfo` and `TrainingRecord`. `from_json`
ignores keys it does not know and fills what an older file lacks, so folders made by earlier
versions still load.
"""

from huggingtweets.records.dataset import DATASET_FILE, SEPARATOR, DatasetInfo
from huggingtweets.records.evaluation import AuthorReport, Evaluation
from huggingtweets.records.posts import (
    SHORT_RULE_CHARACTERS,
    SHORT_RULE_WORDS,
    Account,
    AccountPosts,
    Counts,
    Post,
)
from huggingtweets.records.training import (
    TRAINING_FILE,
    BaseModel,
    DatasetSummary,
    Hyperparameters,
    Results,
    Steering,
    Tracking,
    TrainingRecord,
)

__all__ = [
    "DATASET_FILE",
    "SEPARATOR",
    "SHORT_RULE_CHARACTERS",
    "SHORT_RULE_WORDS",
    "TRAINING_FILE",
    "Account",
    "AccountPosts",
    "AuthorReport",
    "BaseModel",
    "Counts",
    "DatasetInfo",
    "DatasetSummary",
    "Evaluation",
    "Hyperparameters",
    "Post",
    "Results",
    "Steering",
    "TrainingRecord",
    "Tracking",
]
