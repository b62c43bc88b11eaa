// The values the command line offers (`--format`, `--only`), written out here so that parsing the
// command line and printing help load no compiler; a test keeps them equal to the emitters' own.
export const CHECK_FORMATS = ['text', 'json', 'sarif'] as const;
export const BUILD_SECTIONS: readonly string[] = ['diagrams', 'archimate', 'reports', 'specs', 'site'];
export const DIAGRAM_FORMATS: readonly string[] = ['svg', 'png', 'mermaid', 'plantuml', 'd2', 'json'];
export const GAP_FORMATS = ['md', 'html', 'json'] as const;
export const DIFF_FORMATS = ['md', 'json'] as const;
export const FAIL_ON = ['new-errors'] as const;
export const VIEWS_FORMATS = ['text', 'json'] as const;
export const STATS_FORMATS = ['text', 'json'] as const;
export const SPEC_COMMAND_FORMATS: readonly string[] = ['openapi', 'asyncapi', 'wsdl', 'jsonschema', 'agreement'];
