"""Inputs: files, folders, globs, standard input and URLs."""
