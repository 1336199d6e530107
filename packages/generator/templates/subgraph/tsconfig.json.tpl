{ "extends": "../../tsconfig.base.json", "include": ["src", "dev", "test"] }
