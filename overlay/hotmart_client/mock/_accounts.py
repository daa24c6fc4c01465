"""Several accounts on one mock server, as an agency syncing many producers sees them.

`MockConfig.accounts` maps each client id to the seed of its account's data: two accounts hold
different sales, subscriptions and products (only the first holds the spec's example items), a
token issued to one account reads and writes that account's data only, and the mock's own rate
limit counts each account apart (Hotmart's limit is per account). `numbered_accounts(n)` makes the
accounts `hotmart mock --accounts N` serves.
"""

from __future__ import annotations

from collections.abc import Mapping

ACCOUNT_PREFIX = "account-"


def numbered_accounts(count: int, seed: int = 0) -> tuple[dict[str, int], dict[str, str]]:
    """`account-1` to `account-N`: (client id -> seed, client id -> secret).

    Account K serves the data of seed `seed + K - 1` and signs in with the secret
    `account-K-secret`. `account-1` has the data a one-account mock of that seed has; the others go
    without the spec's example items (sale HP12455690122399...), so no two accounts share one.
    """
    if count < 1:
        raise ValueError(f"the number of accounts must be at least 1, got {count}")
    names = [f"{ACCOUNT_PREFIX}{k}" for k in range(1, count + 1)]
    return {name: seed + k for k, name in enumerate(names)}, {name: f"{name}-secret" for name in names}


def describe(accounts: Mapping[str, int], credentials: Mapping[str, str] | None) -> str:
    """`account-1 / account-1-secret (seed 0), ...`: what a user signs in with."""
    described = []
    for name, seed in accounts.items():
        secret = f" / {credentials[name]}" if credentials and name in credentials else ""
        described.append(f"{name}{secret} (seed {seed})")
    return ", ".join(described)
