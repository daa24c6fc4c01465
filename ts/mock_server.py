"""Serve the Hotmart mock for the TypeScript tests (`nox -s spec_reuse`): on a free local port, with
only the mock's own credentials accepted, so a wrong secret is refused as Hotmart would refuse it.

Prints the server's URL as its first line, then serves until its standard input closes.
"""

from __future__ import annotations

import sys

from hotmart_client.mock import MOCK_CLIENT_ID, MOCK_CLIENT_SECRET, MockConfig, MockServer

# 120 sales: several pages at the tests' page size, and a run of well under a second.
CONFIG = MockConfig(items=120, credentials={MOCK_CLIENT_ID: MOCK_CLIENT_SECRET})

if __name__ == "__main__":
    with MockServer(CONFIG) as server:
        print(server.url, flush=True)
        sys.stdin.read()
