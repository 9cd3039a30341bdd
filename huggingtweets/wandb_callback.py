"""The Trainer callback that logs loss curves into the open W&B `train` run."""

from __future__ import annotations

import contextlib

from huggingtweets.privacy import scrub_config

# TrainingArguments fields that name local folders, the run, or the Hub token.
_PRIVATE_ARGS = ("output_dir", "logging_dir", "run_name", "hub_token", "hub_model_id")


def public_wandb_callback():
    """transformers' WandbCallback, except that the config it adds holds no local path.

    Its own setup puts `TrainingArguments.to_dict()` (output_dir, logging_dir: paths into the
    user's folders) and the model config (`_name_or_path`) into the run's config.
    """
    from transformers.integrations import WandbCallback

    class PublicWandbCallback(WandbCallback):
        def setup(self, args, state, model, **kwargs):
            if self._wandb is None:
                return
            self._initialized = True
            if not state.is_world_process_zero:
                return
            combined = dict(args.to_dict())
            for key in _PRIVATE_ARGS:
                combined.pop(key, None)
            config = getattr(model, "config", None)
            if config is not None:
                model_config = config if isinstance(config, dict) else config.to_dict()
                model_config.pop("_name_or_path", None)
                combined = {**model_config, **combined}
            self._wandb.config.update(scrub_config(combined), allow_val_change=True)
            self._wandb.define_metric("train/global_step")
            self._wandb.define_metric("*", step_metric="train/global_step", step_sync=True)
            with contextlib.suppress(Exception):
                self._wandb.config["model/num_parameters"] = model.num_parameters()

        def on_save(self, args, state, control, **kwargs):
            return  # checkpoints stay local (WANDB_LOG_MODEL is false as well)

    return PublicWandbCallback()
