"""Reading input: files, folders, JSON Lines and HTML into Articles; the language check; long texts cut into pieces."""
