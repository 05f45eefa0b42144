"""InterceptNews: news reports of intercepted soldiers' calls, with attributed quotes."""
from ._version import __version__
from .loader import load, verify

__all__ = ["__version__", "load", "verify"]
