from huggingtweets.cli import main

raise SystemExit(main())
