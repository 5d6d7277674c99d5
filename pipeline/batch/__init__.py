"""Running many articles: local worker processes and Dask."""
