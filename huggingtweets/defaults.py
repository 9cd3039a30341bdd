"""Every default a user can change, in one place.

The CLI's parser, the notebook's widgets, the card and the stages read these names; nothing else
types a default. Each line says why it is what it is.
"""

from __future__ import annotations

# --- accounts and data ----------------------------------------------------------------------
MAX_ACCOUNTS = 3  # the original blended up to three; the card's header has room for three avatars
EPOCHS = 4  # passes built into the training text; the trainer runs one pass over it
VALID_FRACTION = 0.05  # share of each account's kept posts held out (for the held-out loss)
TAG_FRACTION = 0.5  # share of a several-account text's posts that start with the author's tag

# --- training -------------------------------------------------------------------------------
BASE_MODEL = "gpt2"  # the original's model (Hub id, local folder, 'smollm2' or 'tiny')
LEARNING_RATE = 1.372e-4  # the original author's sweep (full fine-tuning)
LORA_LEARNING_RATE = 1e-3  # adapters need a larger step than full fine-tuning
LR_SCHEDULER = "cosine"  # the original's schedule
PATIENCE = 3  # held-out evaluations without improvement before stopping early

# --- generation -----------------------------------------------------------------------------
PROMPT = "My dream is"  # the original's example prompt (card widget, notebook, CLI, demo)
NUM_POSTS = 10  # posts per generate call: the original wrote 10 at a time
TEMPERATURE = 1.0  # the original's sampling temperature
TOP_P = 0.95  # nucleus sampling, as the original
MAX_NEW_TOKENS = 160  # an upper bound: a post usually ends well before (at end-of-text)
SAMPLE_POSTS = 5  # posts written to generations.json right after training
EVAL_POSTS = 10  # posts generated per voice for the evaluation report

# --- publishing -----------------------------------------------------------------------------
HUB_NAMESPACE = "huggingtweets"  # the original's organisation: shown in the card's usage
WANDB_PROJECT = "huggingtweets"

# Avatar colours for accounts without a picture, the same in the card and in predictions.png
# (picked by a hash of the handle, so an account keeps its colour everywhere).
AVATAR_PALETTE = (
    (29, 155, 240),
    (120, 86, 255),
    (249, 24, 128),
    (0, 186, 124),
    (255, 122, 0),
    (43, 108, 176),
    (200, 140, 0),
)
