"""The `slant` command line."""

from __future__ import annotations

import sys

from slant.cli._app import app

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the `slant` console script; user errors exit 2 without a traceback."""
    from slant._errors import SlantError

    try:
        rc = app(standalone_mode=False)
        sys.exit(rc if isinstance(rc, int) else 0)
    except SlantError as e:
        from rich.console import Console
        from rich.markup import escape

        Console(stderr=True, highlight=False, soft_wrap=True).print(
            f"[bold red]error:[/] {escape(e.render())}"
        )
        sys.exit(2)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        print(
            "interrupted; finished samples are kept in the log dir, rerun to resume",
            file=sys.stderr,
        )
        sys.exit(130)
    except Exception as e:  # click usage errors
        import click

        if isinstance(e, click.exceptions.ClickException):
            e.show()
            sys.exit(2)
        if isinstance(e, click.exceptions.Abort):
            sys.exit(1)
        raise
