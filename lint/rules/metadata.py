"""Metadata rules: who wrote and reviewed the article, and when."""
