"""What a person looks at: the HTML view, the batch report and the paste server."""
