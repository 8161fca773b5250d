"""The pure rules that the server and every device share: the wire protocol, the progress
fold, merge rules, derived rows, the content folder format, rendering, kiosk keys and report
rows. Nothing here imports a database, a web framework, an HTTP client or Qt (import-linter
contract), so both sides evaluate them identically and their tests run in microseconds."""
