"""Leaf helpers shared by every part of the GUI: widgets, icons, formatting, links, banners, texts."""
