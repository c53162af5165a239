"""reviewgen: learning reviews, FOI releases and recommendation tracking for youth justice."""

__version__ = "0.1.0"
