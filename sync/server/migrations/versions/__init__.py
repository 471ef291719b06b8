"""Ordered migration revisions; never edit one that has shipped, add the next."""
