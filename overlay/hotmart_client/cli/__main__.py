"""`python -m hotmart_client.cli`, the same as the `hotmart` script."""

from . import main

main()
