from sync.client.cli import main

raise SystemExit(main())
