"""The exit statuses of the `hotmart` command, in one place: the CLI exits with them and
`hotmart_client.dlt.sync_accounts` reports them per account (`hotmart --help` lists them all)."""

EXIT_API = 1  # Hotmart answered with an error, or an account of `sync --accounts` failed
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_NOT_FOUND = 4
EXIT_RATE_LIMITED = 5
EXIT_UNAVAILABLE = 6
EXIT_LOCKED = 75  # sysexits' EX_TEMPFAIL: another sync or load of the pipeline is running; try again later
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a process Ctrl-C stopped
EXIT_TERMINATED = 143  # 128 + SIGTERM: an export stopped by systemd, docker stop, a cancelled CI job
