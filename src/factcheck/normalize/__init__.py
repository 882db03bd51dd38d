"""Normalization stages: figures, dates and names found in running text."""
