"""The installed slant version."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("slant")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0+source"
