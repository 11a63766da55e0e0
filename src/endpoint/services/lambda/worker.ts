// STUB (helper E replaces this): the worker thread that runs one Lambda function's code.
export {};
