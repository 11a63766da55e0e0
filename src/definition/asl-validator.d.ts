// asl-validator ships no type declarations; this is the part of its API the action uses.
declare module 'asl-validator' {
  interface AslValidationError {
    'Error code': string;
    Message: string;
  }
  interface AslValidationResult {
    isValid: boolean;
    errors: AslValidationError[];
    errorsText(separator?: string): string;
  }
  interface AslValidatorOptions {
    checkPaths?: boolean;
    checkArn?: boolean;
  }
  /** Validates an ASL document. Mutates its input (adds QueryLanguage to every state). */
  function aslValidator(definition: Record<string, unknown>, options?: AslValidatorOptions): AslValidationResult;
  export default aslValidator;
}
