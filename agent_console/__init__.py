"""Agent Console: a desktop console for phone agents who take complaint and conflict calls."""

__version__ = "0.1.0"
