"""mbkg: a knowledge graph builder and explorer for music-business news."""
__version__ = "0.1.0"
