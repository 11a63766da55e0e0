// The action's inputs, parsed and validated in one place before any AWS call.
// (Parsing is implemented by parseInputs below; the types are the contract the operations use.)

export const OPERATIONS = ['deploy', 'demo', 'update', 'destroy', 'lifecycle'] as const;
export type Operation = (typeof OPERATIONS)[number];

export interface Message {
  user_name: string;
  message: string;
}

export interface ActionInputs {
  operation: Operation;
  stackName: string;
  stateMachineName: string;
  /** Absolute path of the CloudFormation template (default: the bundled setup.yaml). */
  templatePath: string;
  /** For `update`: build the definition with the SQS `Send` state (default true). */
  includeSqs: boolean;
  /** Optional path of an ASL file (JSON or YAML) whose ${OutputKey} placeholders are filled from the stack outputs. */
  definitionPath?: string;
  messages: Message[];
  timeoutSeconds: number;
  region: string;
  /** undefined: the SDK's default; 'local': an endpoint started in-process; else an http(s) URL. */
  endpointUrl?: string;
  /** Allow destroying a stack this action did not create. */
  force: boolean;
}

export const DEFAULTS = {
  stackName: 'doc-example-stepfunctions-messages-stack',
  stateMachineName: 'doc-example-dynamodb-message-pump',
  timeoutSeconds: 300,
  messages: [
    { user_name: 'wills', message: 'Brevity is the soul of wit.' },
    { user_name: 'janea', message: 'Let us never underestimate the power of a well-written letter.' },
    { user_name: 'lewisc', message: 'Why is a raven like a writing-desk?' },
  ] as Message[],
  lateMessage: { user_name: 'wills', message: 'Action is eloquence.' } as Message,
} as const;

/** An input that is not allowed: names the input and what is allowed. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`Input '${input}': ${message}`);
    this.name = 'InputError';
  }
}
