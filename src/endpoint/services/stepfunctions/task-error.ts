// A task failure as Step Functions reports it: `name` is the error (e.g. DynamoDB.ConditionalCheckFailedException,
// a Lambda errorType), `message` the cause. The runner matches Retry/Catch on the name.
export class TaskError extends Error {
  constructor(error: string, cause: string) {
    super(cause);
    this.name = error;
  }
}
