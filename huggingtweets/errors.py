"""The one exception type a user sees.

Anything the user can fix (a bad handle, a missing file, no token...) raises
`UserError` with one line that names the problem and what to do. The CLI and
the notebook show that line and nothing else; every other exception is a bug.
"""


class UserError(Exception):
    """A problem the user can fix; `str(err)` is one line saying what and how."""

    def __init__(self, message: str):
        # Keep it one line whatever the caller passed in.
        super().__init__(" ".join(str(message).split()))
