"""A package for the import conformance program."""
from .util import double

VERSION = "1.0"
