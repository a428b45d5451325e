"""Pieces every feature shares: browser layer, permissions, vocabularies."""
