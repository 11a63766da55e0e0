export const id = 464;
export const ids = [464];
export const modules = {

/***/ 6464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createStepFunctionsService: () => (/* binding */ createStepFunctionsService)
});

// EXTERNAL MODULE: ./src/endpoint/types.ts
var types = __webpack_require__(816);
// EXTERNAL MODULE: ./src/endpoint/protocol/json.ts
var json = __webpack_require__(398);
;// CONCATENATED MODULE: ./src/endpoint/services/stepfunctions/arn.ts
// Step Functions ARNs: arn:aws:states:REGION:ACCOUNT:stateMachine:NAME and …:execution:MACHINE:RUN.

function stateMachineArn(region, accountId, name) {
    return `arn:aws:states:${region}:${accountId}:stateMachine:${name}`;
}
function executionArn(machineArn, name) {
    const parts = machineArn.split(':');
    return [...parts.slice(0, 5), 'execution', parts[6], name].join(':');
}
/** Checks the shape of an ARN argument; InvalidArn as AWS answers for a malformed one. */
function requireArn(value, kind, member) {
    if (typeof value !== 'string' || value.length === 0) {
        throw new types/* AwsError */.Gy('ValidationException', `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`);
    }
    const parts = value.split(':');
    const expected = kind === 'stateMachine' ? 7 : 8;
    if (parts.length !== expected || parts[0] !== 'arn' || parts[2] !== 'states' || parts[5] !== kind) {
        throw new types/* AwsError */.Gy('InvalidArn', `Invalid Arn: 'Resource type not valid in this context: ${parts[5] ?? value}'`);
    }
    return value;
}
/** The machine a run belongs to, from the run's ARN. */
function machineArnOfExecution(arn) {
    const parts = arn.split(':');
    return [...parts.slice(0, 5), 'stateMachine', parts[6]].join(':');
}
// Names: 1-80 characters, none of whitespace, brackets, wildcards, punctuation AWS reserves, or control characters.
const FORBIDDEN_NAME_CHARACTERS = /[\s<>{}[\]?*"#%\\^|~`$&,;:/]/;
const isControlCharacter = (c) => {
    const code = c.charCodeAt(0);
    return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
};
function checkName(name) {
    if (typeof name !== 'string' || name.length === 0 || name.length > 80 || FORBIDDEN_NAME_CHARACTERS.test(name) || [...name].some(isControlCharacter)) {
        throw new types/* AwsError */.Gy('InvalidName', `Invalid Name: '${String(name)}'`);
    }
    return name;
}

// EXTERNAL MODULE: ./node_modules/asl-validator/dist/src/validator.js
var validator = __webpack_require__(7307);
var validator_default = /*#__PURE__*/__webpack_require__.n(validator);
;// CONCATENATED MODULE: ./src/endpoint/services/stepfunctions/definition.ts
// A state machine definition: parsed and validated as CreateStateMachine does, and walked for the
// states the runner must know about (Task states by name, Wait states, Map item paths), including
// those inside Map item processors and Parallel branches.


/**
 * The pump loops forever (its top level has no End), which AWS accepts but asl-validator reports as
 * MISSING_TERMINAL_STATE; that one finding is not an error here.
 */
const ACCEPTED_BY_AWS = new Set(['MISSING_TERMINAL_STATE']);
/**
 * asl-validator compiles its JSON schemas on every call (about half a second), and the same definitions
 * come back again and again (create, idempotent create, update, CloudFormation): remember recent verdicts.
 */
const recentVerdicts = new Map();
const REMEMBERED_VERDICTS = 64;
/** Diagnostics as ValidateStateMachineDefinition returns them (empty when valid). */
function diagnose(text) {
    const known = recentVerdicts.get(text);
    if (known)
        return known;
    const verdict = validate(text);
    if (recentVerdicts.size >= REMEMBERED_VERDICTS)
        recentVerdicts.delete(recentVerdicts.keys().next().value);
    recentVerdicts.set(text, verdict);
    return verdict;
}
function validate(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        return [{ severity: 'ERROR', code: 'INVALID_JSON_DESCRIPTION', message: error.message }];
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        return [{ severity: 'ERROR', code: 'SCHEMA_VALIDATION_FAILED', message: 'The definition must be a JSON object' }];
    }
    // asl-validator mutates what it is given; hand it a copy of its own.
    const result = validator_default()(JSON.parse(text), { checkPaths: true, checkArn: true });
    return result.errors
        .filter((e) => !ACCEPTED_BY_AWS.has(e['Error code']))
        .map((e) => ({ severity: 'ERROR', code: e['Error code'], message: e.Message }));
}
/** Parses a definition or throws InvalidDefinition with AWS's message shape. */
function parseDefinition(text) {
    const problems = diagnose(text);
    if (problems.length > 0) {
        const listed = problems.map((p) => `${p.code}: ${p.message}`).join(', ');
        throw new types/* AwsError */.Gy('InvalidDefinition', `Invalid State Machine Definition: '${listed}'`);
    }
    return JSON.parse(text);
}
/** Every state of the definition, nested ones too, with its name. */
function allStates(container) {
    const out = [];
    for (const [name, state] of Object.entries(container.States ?? {})) {
        out.push([name, state]);
        const nested = [state.ItemProcessor, state.Iterator, ...(state.Branches ?? [])].filter((c) => Boolean(c));
        for (const child of nested)
            out.push(...allStates(child));
    }
    return out;
}
/** Resolves a simple reference path (`$`, `$.a.b`, `$['a']`) against a value; undefined if it cannot. */
function resolvePath(path, value) {
    if (path === '$')
        return value;
    const steps = path.replace(/^\$/, '').match(/\.[^.[\]]+|\['[^']+'\]|\[\d+\]/g);
    if (!steps || steps.join('') !== path.slice(1))
        return undefined;
    let current = value;
    for (const step of steps) {
        const key = step.startsWith('.') ? step.slice(1) : step.startsWith("['") ? step.slice(2, -2) : Number(step.slice(1, -1));
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[key];
    }
    return current;
}

;// CONCATENATED MODULE: ./src/endpoint/services/stepfunctions/handler.ts
// Step Functions' awsJson1_0 wire handling (X-Amz-Target: AWSStepFunctions.<Op>): request members in,
// response shapes out, timestamps as epoch seconds, list paging with opaque tokens.




const NAMESPACE = 'com.amazonaws.sfn';
function stepFunctionsHandler(model) {
    const operations = {
        CreateStateMachine: (input, request) => {
            const machine = model.createMachine({
                name: (0,json/* requireString */.VW)(input, 'name'),
                definition: (0,json/* requireString */.VW)(input, 'definition'),
                roleArn: (0,json/* requireString */.VW)(input, 'roleArn'),
                ...(typeof input.type === 'string' ? { type: input.type } : {}),
                tags: tagsFromWire(input.tags),
            }, request.region);
            return { stateMachineArn: machine.stateMachineArn, creationDate: (0,json/* epochSeconds */.DQ)(machine.creationDate) };
        },
        DescribeStateMachine: (input) => describeMachine(model.machine(requireArn(input.stateMachineArn, 'stateMachine', 'stateMachineArn'))),
        ListStateMachines: (input, request) => {
            const page = paginate(model.listMachines(request.region), input, 'machines');
            return {
                stateMachines: page.items.map((m) => ({ stateMachineArn: m.stateMachineArn, name: m.name, type: m.type, creationDate: (0,json/* epochSeconds */.DQ)(m.creationDate) })),
                ...page.next,
            };
        },
        UpdateStateMachine: (input) => {
            const machine = model.updateMachine(requireArn(input.stateMachineArn, 'stateMachine', 'stateMachineArn'), {
                ...(typeof input.definition === 'string' ? { definition: input.definition } : {}),
                ...(typeof input.roleArn === 'string' ? { roleArn: input.roleArn } : {}),
            });
            return { updateDate: (0,json/* epochSeconds */.DQ)(machine.updateDate ?? Date.now()), revisionId: machine.revisionId };
        },
        DeleteStateMachine: (input) => {
            model.deleteMachine(requireArn(input.stateMachineArn, 'stateMachine', 'stateMachineArn'));
            return {};
        },
        ValidateStateMachineDefinition: (input) => {
            const diagnostics = diagnose((0,json/* requireString */.VW)(input, 'definition'));
            return { result: diagnostics.length === 0 ? 'OK' : 'FAIL', diagnostics, truncated: false };
        },
        TagResource: (input) => {
            Object.assign(model.tags((0,json/* requireString */.VW)(input, 'resourceArn')), tagsFromWire(input.tags));
            return {};
        },
        UntagResource: (input) => {
            const tags = model.tags((0,json/* requireString */.VW)(input, 'resourceArn'));
            for (const key of input.tagKeys ?? [])
                delete tags[key];
            return {};
        },
        ListTagsForResource: (input) => ({
            tags: Object.entries(model.tags((0,json/* requireString */.VW)(input, 'resourceArn'))).map(([key, value]) => ({ key, value })),
        }),
        StartExecution: (input) => {
            const run = model.startExecution(requireArn(input.stateMachineArn, 'stateMachine', 'stateMachineArn'), typeof input.name === 'string' ? input.name : undefined, typeof input.input === 'string' ? input.input : undefined);
            return { executionArn: run.executionArn, startDate: (0,json/* epochSeconds */.DQ)(run.startDate) };
        },
        DescribeExecution: (input) => describeExecution(model.execution(requireArn(input.executionArn, 'execution', 'executionArn'))),
        ListExecutions: (input) => {
            const machineArn = requireArn(input.stateMachineArn, 'stateMachine', 'stateMachineArn');
            model.machine(machineArn);
            const status = typeof input.statusFilter === 'string' ? input.statusFilter : undefined;
            if (status && !['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE'].includes(status)) {
                throw new types/* AwsError */.Gy('ValidationException', `1 validation error detected: Value '${status}' at 'statusFilter' failed to satisfy constraint: Member must satisfy enum value set: [RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED, PENDING_REDRIVE]`);
            }
            const page = paginate(model.executionsOf(machineArn, status), input, 'executions');
            return { executions: page.items.map(executionSummary), ...page.next };
        },
        StopExecution: async (input) => {
            const record = await model.stopExecution(requireArn(input.executionArn, 'execution', 'executionArn'), typeof input.error === 'string' ? input.error : undefined, typeof input.cause === 'string' ? input.cause : undefined);
            return { stopDate: (0,json/* epochSeconds */.DQ)(record.stopDate ?? Date.now()) };
        },
        GetExecutionHistory: (input) => {
            const record = model.execution(requireArn(input.executionArn, 'execution', 'executionArn'));
            const events = input.reverseOrder === true ? [...record.events].reverse() : record.events;
            const page = paginate(events, input, 'history', 100);
            const withData = input.includeExecutionData !== false;
            return { events: page.items.map((e) => eventToWire(e, withData)), ...page.next };
        },
        DescribeStateMachineForExecution: (input) => {
            const record = model.execution(requireArn(input.executionArn, 'execution', 'executionArn'));
            return {
                stateMachineArn: machineArnOfExecution(record.executionArn),
                name: record.stateMachineName,
                definition: record.definition,
                roleArn: record.roleArn,
                updateDate: (0,json/* epochSeconds */.DQ)(record.machineUpdateDate),
                loggingConfiguration: { level: 'OFF', includeExecutionData: false },
                tracingConfiguration: { enabled: false },
                ...(record.revisionId ? { revisionId: record.revisionId } : {}),
            };
        },
    };
    return {
        service: 'states',
        async handle(request) {
            try {
                const operation = request.target ? operations[request.target] : undefined;
                if (!operation)
                    throw new types/* AwsError */.Gy('UnknownOperationException', `Step Functions operation ${request.target ?? '(none)'} is not implemented by the local endpoint`);
                return (0,json/* jsonResponse */.Yf)(await operation((0,json/* parseJsonBody */.Y2)(request), request));
            }
            catch (error) {
                const aws = error instanceof types/* AwsError */.Gy ? error : new types/* AwsError */.Gy('InternalFailure', error.message, 500, 'Receiver');
                return (0,json/* jsonError */.FZ)(aws, NAMESPACE);
            }
        },
    };
}
function describeMachine(machine) {
    return {
        stateMachineArn: machine.stateMachineArn,
        name: machine.name,
        status: machine.status,
        definition: machine.definition,
        roleArn: machine.roleArn,
        type: machine.type,
        creationDate: (0,json/* epochSeconds */.DQ)(machine.creationDate),
        loggingConfiguration: { level: 'OFF', includeExecutionData: false },
        tracingConfiguration: { enabled: false },
        ...(machine.revisionId ? { revisionId: machine.revisionId } : {}),
    };
}
function executionSummary(record) {
    return {
        executionArn: record.executionArn,
        stateMachineArn: record.stateMachineArn,
        name: record.name,
        status: record.status,
        startDate: (0,json/* epochSeconds */.DQ)(record.startDate),
        ...(record.stopDate !== undefined ? { stopDate: (0,json/* epochSeconds */.DQ)(record.stopDate) } : {}),
    };
}
function describeExecution(record) {
    return {
        ...executionSummary(record),
        input: record.input,
        inputDetails: { included: true },
        ...(record.output !== undefined ? { output: record.output, outputDetails: { included: true } } : {}),
        ...(record.error !== undefined ? { error: record.error } : {}),
        ...(record.cause !== undefined ? { cause: record.cause } : {}),
        redriveCount: 0,
        redriveStatus: 'NOT_REDRIVABLE',
    };
}
/** A history event on the wire: timestamp in seconds; without input/output when data is excluded. */
function eventToWire(event, withData) {
    const wire = { ...event, timestamp: (0,json/* epochSeconds */.DQ)(event.timestamp) };
    if (!withData) {
        for (const [key, value] of Object.entries(wire)) {
            if (!key.endsWith('EventDetails') || !value || typeof value !== 'object')
                continue;
            const details = { ...value };
            for (const field of ['input', 'output', 'parameters'])
                delete details[field];
            wire[key] = details;
        }
    }
    return wire;
}
function tagsFromWire(tags) {
    const out = {};
    for (const tag of tags ?? []) {
        if (typeof tag.key === 'string')
            out[tag.key] = tag.value ?? '';
    }
    return out;
}
/** One page of a list: maxResults (0 = the default) and an opaque nextToken bound to the list it came from. */
function paginate(items, input, kind, defaultMax = 100) {
    const requested = typeof input.maxResults === 'number' ? input.maxResults : 0;
    if (requested < 0 || requested > 1000) {
        throw new types/* AwsError */.Gy('ValidationException', `1 validation error detected: Value '${requested}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000`);
    }
    const max = requested || defaultMax;
    let start = 0;
    if (typeof input.nextToken === 'string') {
        const decoded = decodeToken(input.nextToken);
        if (!decoded || decoded.kind !== kind)
            throw new types/* AwsError */.Gy('InvalidToken', `Invalid Token: '${input.nextToken}'`);
        start = decoded.offset;
    }
    const page = items.slice(start, start + max);
    const more = start + max < items.length;
    return { items: page, next: more ? { nextToken: Buffer.from(JSON.stringify({ kind, offset: start + max })).toString('base64') } : {} };
}
function decodeToken(token) {
    try {
        const parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8'));
        if (typeof parsed.kind === 'string' && typeof parsed.offset === 'number' && parsed.offset >= 0)
            return { kind: parsed.kind, offset: parsed.offset };
    }
    catch {
        // fall through
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/aws-local-stepfunctions/build/main.node.esm.js + 2 modules
var main_node_esm = __webpack_require__(1198);
;// CONCATENATED MODULE: ./src/endpoint/services/stepfunctions/task-error.ts
// A task failure as Step Functions reports it: `name` is the error (e.g. DynamoDB.ConditionalCheckFailedException,
// a Lambda errorType), `message` the cause. The runner matches Retry/Catch on the name.
class TaskError extends Error {
    constructor(error, cause) {
        super(cause);
        this.name = error;
    }
}

;// CONCATENATED MODULE: ./src/endpoint/services/stepfunctions/permissions.ts

function checkTaskPermission(resource, input, env) {
    const needed = requiredPermission(resource, input, env);
    if (!needed)
        return;
    const role = env.backends.iam.getRole(env.roleArn);
    if (!role)
        return;
    if (allows(role, needed.action, needed.resource))
        return;
    throw new TaskError('States.TaskFailed', `User: arn:aws:sts::${env.accountId}:assumed-role/${role.RoleName}/local is not authorized to perform: ${needed.action} on resource: ${needed.resource} because no identity-based policy allows the ${needed.action} action (Service: ${needed.action.split(':')[0]}; Status Code: 400; Error Code: AccessDeniedException)`);
}
/** The IAM action and resource ARN a task needs, or undefined for resources not checked. */
function requiredPermission(resource, input, env) {
    const params = (input ?? {});
    if (/^arn:aws[a-z-]*:lambda:/.test(resource))
        return { action: 'lambda:InvokeFunction', resource: functionArn(resource, env) };
    const integration = /^arn:aws[a-z-]*:states:::(?:aws-sdk:)?([a-z0-9-]+):([A-Za-z]+)/.exec(resource);
    if (!integration)
        return undefined;
    const [, service, operation] = integration;
    const action = `${service}:${operation.charAt(0).toUpperCase()}${operation.slice(1)}`;
    if (service === 'lambda' && operation === 'invoke' && typeof params.FunctionName === 'string') {
        return { action: 'lambda:InvokeFunction', resource: functionArn(params.FunctionName, env) };
    }
    if (service === 'dynamodb' && typeof params.TableName === 'string') {
        return { action, resource: `arn:aws:dynamodb:${env.region}:${env.accountId}:table/${params.TableName}` };
    }
    if (service === 'sqs' && typeof params.QueueUrl === 'string') {
        const queue = env.backends.sqs.getQueue(params.QueueUrl, env.region);
        return queue ? { action, resource: queue.arn } : undefined;
    }
    return undefined;
}
function functionArn(ref, env) {
    const known = env.backends.lambda.getFunctionArn(ref, env.region);
    if (known)
        return known;
    return ref.startsWith('arn:') ? ref.split(':').slice(0, 7).join(':') : `arn:aws:lambda:${env.region}:${env.accountId}:function:${ref}`;
}
function allows(role, action, resource) {
    if ((role.ManagedPolicyArns ?? []).some((arn) => arn.endsWith(':policy/AdministratorAccess')))
        return true;
    const statements = (role.Policies ?? []).flatMap((policy) => statementsOf(policy.PolicyDocument));
    const matching = statements.filter((s) => matchesAny(s.Action, action) && matchesAny(s.Resource, resource));
    if (matching.some((s) => s.Effect === 'Deny'))
        return false;
    return matching.some((s) => s.Effect === 'Allow');
}
function statementsOf(document) {
    const parsed = typeof document === 'string' ? JSON.parse(document) : document;
    const statement = parsed?.Statement;
    if (!statement)
        return [];
    return Array.isArray(statement) ? statement : [statement];
}
function matchesAny(patterns, value) {
    const list = patterns === undefined ? [] : Array.isArray(patterns) ? patterns : [patterns];
    return list.some((pattern) => wildcard(pattern, value));
}
/** IAM's `*` and `?` wildcards (compared without regard to case: lenient for resources, as IAM is for actions). */
function wildcard(pattern, value) {
    const regex = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
    return regex.test(value);
}

;// CONCATENATED MODULE: ./src/endpoint/services/stepfunctions/tasks.ts
// What a Task state does, by its Resource: a Lambda function ARN or the lambda:invoke integration go
// to the emulated Lambda; the dynamodb and sqs:sendMessage integrations to the emulated services.
// Errors are thrown named as Step Functions names them (the Lambda errorType, DynamoDB.<Code>, …),
// so Retry/Catch and the run's error match what AWS would report.




function describeResource(resource) {
    if (/^arn:aws[a-z-]*:lambda:/.test(resource))
        return { kind: 'lambda-function', resourceType: 'lambda', resource };
    const integration = /^arn:aws[a-z-]*:states:::(?:aws-sdk:)?([a-z0-9-]+):([A-Za-z]+)(\.[a-zA-Z]+)?$/.exec(resource);
    if (integration)
        return { kind: 'integration', resourceType: integration[1], resource: integration[2] + (integration[3] ?? '') };
    return { kind: 'unsupported', resourceType: 'unknown', resource };
}
function taskHandler(resource, env) {
    const info = describeResource(resource);
    const run = pickRunner(resource, info);
    return async (input) => {
        if (env.stopped())
            throw new TaskError('States.Runtime', 'The execution was stopped');
        checkTaskPermission(resource, input, env);
        return run(input, env);
    };
}
function pickRunner(resource, info) {
    if (info.kind === 'lambda-function')
        return (input, env) => invokeLambda(resource, input, env).then((r) => r.payload);
    // AWS SDK integrations (arn:aws:states:::aws-sdk:dynamodb:<action>) name errors DynamoDb.<Code>.
    if (resource.includes(':::aws-sdk:') && info.resourceType === 'dynamodb')
        return (input, env) => dynamoDb(info.resource, input, env, 'DynamoDb');
    switch (`${info.resourceType}:${info.resource}`) {
        case 'lambda:invoke':
            return lambdaInvokeIntegration;
        case 'dynamodb:getItem':
        case 'dynamodb:putItem':
        case 'dynamodb:updateItem':
        case 'dynamodb:deleteItem':
            return (input, env) => dynamoDb(info.resource, input, env, 'DynamoDB');
        case 'sqs:sendMessage':
            return sqsSendMessage;
    }
    return async () => {
        throw new TaskError('States.TaskFailed', `The resource '${resource}' is not supported by the local endpoint`);
    };
}
async function invokeLambda(functionRef, payload, env) {
    let result;
    try {
        result = await env.backends.lambda.invoke(functionRef, JSON.stringify(payload ?? null), env.region);
    }
    catch (error) {
        if (error instanceof types/* AwsError */.Gy)
            throw new TaskError(`Lambda.${error.code}`, `${error.message} (Service: Lambda, Status Code: ${error.status})`);
        throw new TaskError('Lambda.Unknown', error.message);
    }
    if (result.functionError) {
        let errorType = 'Lambda.Unknown';
        try {
            const body = JSON.parse(result.payload);
            if (typeof body.errorType === 'string' && body.errorType)
                errorType = body.errorType;
        }
        catch {
            // not JSON: keep Lambda.Unknown
        }
        throw new TaskError(errorType, result.payload);
    }
    try {
        return { payload: JSON.parse(result.payload) };
    }
    catch {
        throw new TaskError('Lambda.Unknown', `The function returned a payload that is not JSON: ${result.payload.slice(0, 200)}`);
    }
}
const lambdaInvokeIntegration = async (input, env) => {
    const params = (input ?? {});
    if (typeof params.FunctionName !== 'string')
        throw new TaskError('States.Runtime', "The field 'FunctionName' is required by lambda:invoke");
    const { payload } = await invokeLambda(params.FunctionName, params.Payload ?? {}, env);
    const requestId = (0,external_node_crypto_.randomUUID)();
    return {
        ExecutedVersion: '$LATEST',
        Payload: payload,
        SdkHttpMetadata: { HttpHeaders: { 'X-Amz-Executed-Version': '$LATEST', 'x-amzn-RequestId': requestId }, HttpStatusCode: 200 },
        SdkResponseMetadata: { RequestId: requestId },
        StatusCode: 200,
    };
};
async function dynamoDb(operation, input, env, errorPrefix) {
    const name = operation.charAt(0).toUpperCase() + operation.slice(1);
    try {
        return (await env.backends.dynamodb.call(name, (input ?? {}), env.region));
    }
    catch (error) {
        throw serviceError(error, errorPrefix, 'AmazonDynamoDBv2');
    }
}
const sqsSendMessage = async (input, env) => {
    const params = (input ?? {});
    const body = params.MessageBody;
    try {
        const sent = env.backends.sqs.sendMessage({
            QueueUrl: String(params.QueueUrl ?? ''),
            // A JSON body that is not a string is sent as its JSON text, as Step Functions does.
            MessageBody: typeof body === 'string' ? body : JSON.stringify(body ?? null),
            ...(params.MessageAttributes ? { MessageAttributes: params.MessageAttributes } : {}),
            ...(typeof params.DelaySeconds === 'number' ? { DelaySeconds: params.DelaySeconds } : {}),
        }, env.region);
        return { ...sent, SdkHttpMetadata: { HttpStatusCode: 200 }, SdkResponseMetadata: { RequestId: (0,external_node_crypto_.randomUUID)() } };
    }
    catch (error) {
        throw serviceError(error, 'SQS', 'AmazonSQS');
    }
};
function serviceError(error, prefix, serviceName) {
    if (error instanceof types/* AwsError */.Gy) {
        return new TaskError(`${prefix}.${error.code}`, `${error.message} (Service: ${serviceName}; Status Code: ${error.status}; Error Code: ${error.code}; Request ID: ${(0,external_node_crypto_.randomUUID)()}; Proxy: null)`);
    }
    return new TaskError('States.TaskFailed', error.message);
}

;// CONCATENATED MODULE: ./src/endpoint/services/stepfunctions/history.ts
// A run's history as GetExecutionHistory returns it, built from aws-local-stepfunctions' event stream.
// The library reports states entered/exited/failed/retried, Map iterations and the run's end; the
// task-level events AWS also writes (TaskScheduled/Started/Succeeded/Failed, LambdaFunction*) are
// derived here from the state's Resource plus what the task handlers saw (their parameters and raw
// results, in the journal), so that every event lands in the one ordered stream the library produces.


/** What the task handlers saw, per state name, in call order. */
class TaskJournal {
    inputs = new Map();
    results = new Map();
    called(state, input) {
        push(this.inputs, state, input);
    }
    returned(state, output) {
        push(this.results, state, output);
    }
    takeInput(state, fallback) {
        return this.inputs.get(state)?.shift() ?? fallback;
    }
    takeResult(state, fallback) {
        return this.results.get(state)?.shift() ?? fallback;
    }
}
function push(map, key, value) {
    const list = map.get(key) ?? [];
    list.push(value);
    map.set(key, list);
}
const history_text = (value) => JSON.stringify(value ?? null);
const causeText = (cause) => (typeof cause === 'string' ? cause : cause instanceof Error ? cause.message : JSON.stringify(cause ?? ''));
const dataDetails = (value, key) => ({ [key]: history_text(value), [`${key}Details`]: { truncated: false } });
class HistoryBuilder {
    events;
    states;
    journal;
    run;
    /** States whose current attempt failed (a caught failure still exits, but did not succeed). */
    failedAttempts = new Set();
    constructor(events, states, journal, run) {
        this.events = events;
        this.states = states;
        this.journal = journal;
        this.run = run;
    }
    add(type, timestamp, details) {
        const id = this.events.length + 1;
        // AWS names the details after the event type, except that every <Type>StateEntered/Exited event
        // carries stateEnteredEventDetails/stateExitedEventDetails (the SDK drops any other key).
        const key = type.endsWith('StateEntered')
            ? 'stateEnteredEventDetails'
            : type.endsWith('StateExited')
                ? 'stateExitedEventDetails'
                : `${type.charAt(0).toLowerCase()}${type.slice(1)}EventDetails`;
        this.events.push({ id, previousEventId: id - 1, timestamp, type, ...(details ? { [key]: details } : {}) });
    }
    /** Records one library event; returns the run's outcome when the event ends the run. */
    record(event) {
        const at = event.timestamp;
        switch (event.type) {
            case 'ExecutionStarted':
                this.add('ExecutionStarted', at, { ...dataDetails(event.input, 'input'), roleArn: this.run.roleArn });
                return undefined;
            case 'ExecutionSucceeded':
                this.add('ExecutionSucceeded', at, dataDetails(event.output, 'output'));
                return { status: 'SUCCEEDED', output: history_text(event.output) };
            case 'ExecutionFailed': {
                const failure = { error: event.Error ?? 'States.Runtime', cause: causeText(event.Cause) };
                this.add('ExecutionFailed', at, failure);
                return { status: 'FAILED', ...failure };
            }
            case 'ExecutionAborted': {
                const details = this.run.stopDetails();
                this.add('ExecutionAborted', at, details);
                return { status: 'ABORTED', ...details };
            }
            case 'ExecutionTimeout': {
                const failure = { error: 'States.Timeout', cause: 'The execution ran longer than the TimeoutSeconds of its state machine' };
                this.add('ExecutionTimedOut', at, failure);
                return { status: 'TIMED_OUT', ...failure };
            }
            case 'MapIterationStarted':
            case 'MapIterationSucceeded':
            case 'MapIterationFailed':
                // AWS's map iteration details are the Map state's name and the index (a failure's error is on the task's event).
                this.add(event.type, at, { name: event.parentState?.name, index: event.index });
                return undefined;
            case 'StateEntered':
                this.stateEntered(event, at);
                return undefined;
            case 'StateExited':
                this.stateExited(event, at);
                return undefined;
            case 'StateFailed':
                this.stateFailed(event, at);
                return undefined;
            case 'StateRetried':
                this.failedAttempts.delete(attemptKey(event)); // a new attempt
                if (event.state?.type === 'Task')
                    this.taskScheduled(event.state.name, event.state.input, at);
                return undefined;
            default:
                return undefined; // StateCaught, Parallel branch events: AWS writes no event of their own
        }
    }
    stateEntered(event, at) {
        const state = event.state;
        if (!state)
            return;
        this.failedAttempts.delete(attemptKey(event));
        this.add(`${state.type}StateEntered`, at, { name: state.name, ...dataDetails(state.input, 'input') });
        if (state.type === 'Task')
            this.taskScheduled(state.name, state.input, at);
        if (state.type === 'Map') {
            const items = resolvePath(this.states.get(state.name)?.ItemsPath ?? '$', state.input);
            if (Array.isArray(items))
                this.add('MapStateStarted', at, { length: items.length });
        }
        if (state.type === 'Parallel')
            this.add('ParallelStateStarted', at);
    }
    taskScheduled(name, stateInput, at) {
        const info = describeResource(this.states.get(name)?.Resource ?? '');
        const parameters = this.journal.takeInput(name, stateInput);
        if (info.kind === 'lambda-function') {
            this.add('LambdaFunctionScheduled', at, { resource: info.resource, ...dataDetails(parameters, 'input') });
            this.add('LambdaFunctionStarted', at);
            return;
        }
        this.add('TaskScheduled', at, { resourceType: info.resourceType, resource: info.resource, region: this.run.region, parameters: history_text(parameters) });
        this.add('TaskStarted', at, { resourceType: info.resourceType, resource: info.resource });
    }
    stateExited(event, at) {
        const state = event.state;
        if (!state)
            return;
        const failed = this.failedAttempts.delete(attemptKey(event));
        if (state.type === 'Task' && !failed) {
            const info = describeResource(this.states.get(state.name)?.Resource ?? '');
            const result = this.journal.takeResult(state.name, state.output);
            if (info.kind === 'lambda-function')
                this.add('LambdaFunctionSucceeded', at, dataDetails(result, 'output'));
            else
                this.add('TaskSucceeded', at, { resourceType: info.resourceType, resource: info.resource, ...dataDetails(result, 'output') });
        }
        if (state.type === 'Map' && !failed)
            this.add('MapStateSucceeded', at);
        if (state.type === 'Parallel' && !failed)
            this.add('ParallelStateSucceeded', at);
        this.add(`${state.type}StateExited`, at, { name: state.name, ...dataDetails(state.output, 'output') });
    }
    stateFailed(event, at) {
        const state = event.state;
        if (!state)
            return;
        this.failedAttempts.add(attemptKey(event));
        const failure = { error: event.Error ?? 'States.Runtime', cause: causeText(event.Cause) };
        if (state.type === 'Task') {
            const info = describeResource(this.states.get(state.name)?.Resource ?? '');
            if (info.kind === 'lambda-function')
                this.add('LambdaFunctionFailed', at, failure);
            else
                this.add('TaskFailed', at, { resourceType: info.resourceType, resource: info.resource, ...failure });
        }
        if (state.type === 'Map')
            this.add('MapStateFailed', at);
        if (state.type === 'Parallel')
            this.add('ParallelStateFailed', at);
    }
}
/** One state's attempt within one Map iteration. */
function attemptKey(event) {
    return `${event.state?.name}#${event.index ?? ''}`;
}

;// CONCATENATED MODULE: ./src/endpoint/services/stepfunctions/runner.ts
// Runs one execution with aws-local-stepfunctions: every Task state gets a local handler (by state
// name, as the library keys them) that calls the emulated services; Wait states (fixed Seconds) and
// Retry intervals are shortened by the endpoint's time scale; the library's event stream becomes the
// run's history and final status.




/**
 * AWS lets a Task run for up to 99999999 s unless it says otherwise; the library defaults to 60 s and
 * a timer cannot exceed 2^31-1 ms, so an unbounded Task gets the longest timer Node allows.
 */
const UNBOUNDED_TASK_SECONDS = 2_147_483;
/** AWS fails a run whose history reaches this many events; it also bounds memory for a fast endless loop. */
const MAX_HISTORY_EVENTS = 25_000;
const HISTORY_FULL = {
    error: 'States.Runtime',
    cause: `The execution reached the maximum number of history events (${MAX_HISTORY_EVENTS}).`,
};
function startRun(request, backends, settings) {
    const states = new Map(allStates(request.definition));
    const journal = new TaskJournal();
    let stopDetails = {};
    let stopped = false;
    const env = { backends, region: request.region, accountId: settings.accountId, roleArn: request.roleArn, stopped: () => stopped };
    const taskResourceLocalHandlers = {};
    const waitTimeOverrides = {};
    const retryIntervalOverrides = {};
    for (const [name, state] of states) {
        if (state.Type === 'Task' && typeof state.Resource === 'string') {
            const handle = taskHandler(state.Resource, env);
            taskResourceLocalHandlers[name] = async (input) => {
                journal.called(name, input); // synchronously, so the journal is in call order
                const output = await handle(input);
                journal.returned(name, output);
                return output;
            };
        }
        if (state.Type === 'Wait' && typeof state.Seconds === 'number' && settings.timeScale !== 1) {
            waitTimeOverrides[name] = Math.max(0, Math.round(state.Seconds * 1000 * settings.timeScale));
        }
        if (Array.isArray(state.Retry) && settings.timeScale !== 1) {
            // Scaled first interval per retrier (the library's override replaces the back-off, too).
            retryIntervalOverrides[name] = state.Retry.map((r) => Math.max(0, Math.round((r.IntervalSeconds ?? 1) * 1000 * settings.timeScale)));
        }
    }
    // Validated on create/update (as AWS does, accepting the pump's endless loop); the library's own
    // validator would reject that loop, so it is turned off.
    const machine = new main_node_esm/* StateMachine */.Z3(withTaskTimeouts(request.definition), { validationOptions: { noValidate: true } });
    const execution = machine.run(JSON.parse(request.input), {
        overrides: { taskResourceLocalHandlers: taskResourceLocalHandlers, waitTimeOverrides, retryIntervalOverrides },
        context: {
            Execution: { Id: request.executionArn, Name: request.name, RoleArn: request.roleArn, StartTime: new Date(request.startDate).toISOString() },
            StateMachine: { Id: request.stateMachineArn, Name: request.stateMachineName },
        },
    });
    execution.result.catch(() => undefined); // the outcome is read from the event stream
    const history = new HistoryBuilder(request.events, states, journal, { roleArn: request.roleArn, region: request.region, stopDetails: () => stopDetails });
    let historyFull = false;
    const follow = async () => {
        for await (const event of execution.eventLogs) {
            if (historyFull) {
                // The run may have got ahead of its history: what it did past the limit is not recorded.
                if (event.type !== 'ExecutionAborted')
                    continue;
                history.add('ExecutionFailed', event.timestamp, HISTORY_FULL);
                return { status: 'FAILED', ...HISTORY_FULL };
            }
            const ended = history.record(event);
            if (ended) {
                stopped = true;
                return ended;
            }
            if (request.events.length >= MAX_HISTORY_EVENTS - 1 && !stopped) {
                historyFull = true;
                stopped = true;
                execution.abort();
            }
        }
        return failInternally('The run ended without a final event');
    };
    // Whatever goes wrong while following the run ends it as failed, never as an unhandled rejection.
    const failInternally = (cause) => {
        stopped = true;
        execution.abort();
        history.add('ExecutionFailed', Date.now(), { error: 'States.Runtime', cause });
        return { status: 'FAILED', error: 'States.Runtime', cause };
    };
    const outcome = follow().catch((error) => failInternally(`The local endpoint failed to follow the run: ${error.message}`));
    return {
        outcome,
        async stop(error, cause) {
            if (!stopped) {
                stopped = true;
                stopDetails = { ...(error !== undefined ? { error } : {}), ...(cause !== undefined ? { cause } : {}) };
                execution.abort();
            }
            return outcome;
        },
    };
}
/**
 * A copy of the definition where Tasks without a timeout get AWS's (practically unbounded) default.
 * Copied through JSON: the library treats only plain objects of its own realm as payload templates.
 */
function withTaskTimeouts(definition) {
    const copy = JSON.parse(JSON.stringify(definition));
    for (const [, state] of allStates(copy)) {
        if (state.Type === 'Task' && state.TimeoutSeconds === undefined && state.TimeoutSecondsPath === undefined) {
            state.TimeoutSeconds = UNBOUNDED_TASK_SECONDS;
        }
    }
    return copy;
}

;// CONCATENATED MODULE: ./src/endpoint/services/stepfunctions/model.ts
// The Step Functions service's state: state machines and their executions (with histories), and the
// rules AWS applies to them. No wire shapes here (handler.ts), no running here (runner.ts).





const SHUTDOWN_CAUSE = 'The local endpoint shut down while the execution was running';
class StepFunctionsModel {
    settings;
    backends;
    machines = new Map();
    executions = new Map();
    running = new Map();
    constructor(settings, backends) {
        this.settings = settings;
        this.backends = backends;
    }
    // ---- state machines ----
    createMachine(input, region) {
        checkName(input.name);
        checkRoleArn(input.roleArn);
        parseDefinition(input.definition);
        const type = input.type ?? 'STANDARD';
        if (type !== 'STANDARD' && type !== 'EXPRESS')
            throw new types/* AwsError */.Gy('ValidationException', `Value '${type}' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [STANDARD, EXPRESS]`);
        const arn = stateMachineArn(region, this.settings.accountId, input.name);
        const existing = this.machines.get(arn);
        if (existing) {
            if (existing.status === 'DELETING')
                throw new types/* AwsError */.Gy('StateMachineDeleting', `State Machine is being deleted: '${arn}'`);
            // Same name and same configuration is idempotent, as on AWS.
            if (existing.definition === input.definition && existing.roleArn === input.roleArn && existing.type === type)
                return existing;
            throw new types/* AwsError */.Gy('StateMachineAlreadyExists', `State Machine Already Exists: '${arn}'`);
        }
        const machine = {
            stateMachineArn: arn,
            name: input.name,
            region,
            definition: input.definition,
            roleArn: input.roleArn,
            type,
            status: 'ACTIVE',
            creationDate: Date.now(),
            tags: { ...(input.tags ?? {}) },
        };
        this.machines.set(arn, machine);
        this.settings.markDirty();
        return machine;
    }
    machine(arn) {
        const machine = this.machines.get(arn);
        if (!machine)
            throw new types/* AwsError */.Gy('StateMachineDoesNotExist', `State Machine Does Not Exist: '${arn}'`);
        return machine;
    }
    listMachines(region) {
        return [...this.machines.values()].filter((m) => m.region === region).sort((a, b) => a.name.localeCompare(b.name));
    }
    updateMachine(arn, changes) {
        const machine = this.machine(arn);
        if (changes.definition === undefined && changes.roleArn === undefined) {
            throw new types/* AwsError */.Gy('MissingRequiredParameter', 'Either the role ARN or the definition must be specified');
        }
        if (machine.status === 'DELETING')
            throw new types/* AwsError */.Gy('StateMachineDeleting', `State Machine is being deleted: '${arn}'`);
        if (changes.definition !== undefined)
            parseDefinition(changes.definition);
        if (changes.roleArn !== undefined)
            checkRoleArn(changes.roleArn);
        Object.assign(machine, {
            ...(changes.definition !== undefined ? { definition: changes.definition } : {}),
            ...(changes.roleArn !== undefined ? { roleArn: changes.roleArn } : {}),
            updateDate: Date.now(),
            revisionId: (0,external_node_crypto_.randomUUID)(),
        });
        this.settings.markDirty();
        return machine;
    }
    /** DELETING at once; its running executions are aborted, then it is gone. Unknown ARNs are fine, as on AWS. */
    deleteMachine(arn) {
        const machine = this.machines.get(arn);
        if (!machine || machine.status === 'DELETING')
            return;
        machine.status = 'DELETING';
        this.settings.markDirty();
        const stopping = this.executionsOf(arn)
            .filter((e) => e.status === 'RUNNING')
            .map((e) => this.stopExecution(e.executionArn, undefined, 'The state machine was deleted'));
        void Promise.allSettled(stopping).then(() => {
            this.machines.delete(arn);
            this.settings.markDirty();
        });
    }
    tags(arn) {
        const machine = this.machines.get(arn);
        if (!machine)
            throw new types/* AwsError */.Gy('ResourceNotFound', `Resource not found: '${arn}'`);
        return machine.tags;
    }
    // ---- executions ----
    startExecution(machineArn, name, input) {
        const machine = this.machine(machineArn);
        if (machine.status === 'DELETING')
            throw new types/* AwsError */.Gy('StateMachineDeleting', `State Machine is being deleted: '${machineArn}'`);
        const runName = checkName(name ?? (0,external_node_crypto_.randomUUID)());
        const runInput = input ?? '{}';
        try {
            JSON.parse(runInput);
        }
        catch (error) {
            throw new types/* AwsError */.Gy('InvalidExecutionInput', `Invalid State Machine Execution Input: '${error.message}'`);
        }
        const arn = executionArn(machineArn, runName);
        const existing = this.executions.get(arn);
        if (existing) {
            if (existing.status === 'RUNNING' && existing.input === runInput)
                return existing;
            throw new types/* AwsError */.Gy('ExecutionAlreadyExists', `Execution Already Exists: '${arn}'`);
        }
        const record = {
            executionArn: arn,
            stateMachineArn: machineArn,
            stateMachineName: machine.name,
            name: runName,
            region: machine.region,
            status: 'RUNNING',
            startDate: Date.now(),
            input: runInput,
            definition: machine.definition,
            roleArn: machine.roleArn,
            machineUpdateDate: machine.updateDate ?? machine.creationDate,
            ...(machine.revisionId ? { revisionId: machine.revisionId } : {}),
            events: [],
        };
        this.executions.set(arn, record);
        const run = startRun(
        // Validated when it was stored; only parsed here.
        { ...record, definition: JSON.parse(record.definition), events: record.events }, this.backends, this.settings);
        this.running.set(arn, run);
        void run.outcome.then((outcome) => this.finish(record, outcome));
        this.settings.markDirty();
        return record;
    }
    execution(arn) {
        const record = this.executions.get(arn);
        if (!record)
            throw new types/* AwsError */.Gy('ExecutionDoesNotExist', `Execution Does Not Exist: '${arn}'`);
        return record;
    }
    /** Newest first, as AWS lists them. */
    executionsOf(machineArn, status) {
        return [...this.executions.values()]
            .filter((e) => e.stateMachineArn === machineArn && (!status || e.status === status))
            .sort((a, b) => b.startDate - a.startDate);
    }
    /** Aborts a running execution and resolves once it is recorded ABORTED; a finished one is left as is. */
    async stopExecution(arn, error, cause) {
        const record = this.execution(arn);
        const run = this.running.get(arn);
        if (run)
            this.finish(record, await run.stop(error, cause));
        return record;
    }
    async close() {
        await Promise.all([...this.running.keys()].map((arn) => this.stopExecution(arn, undefined, SHUTDOWN_CAUSE)));
    }
    snapshot() {
        return { machines: [...this.machines.values()], executions: [...this.executions.values()] };
    }
    restore(snapshot) {
        const saved = snapshot;
        for (const machine of saved?.machines ?? []) {
            if (machine.status === 'DELETING')
                continue; // its deletion had begun: it is gone now
            this.machines.set(machine.stateMachineArn, machine);
        }
        for (const record of saved?.executions ?? []) {
            if (record.status === 'RUNNING') {
                // Runs do not survive a restart: record them as aborted, as a shutdown would have.
                const now = Date.now();
                record.events.push({ id: record.events.length + 1, previousEventId: record.events.length, timestamp: now, type: 'ExecutionAborted', executionAbortedEventDetails: { cause: SHUTDOWN_CAUSE } });
                Object.assign(record, { status: 'ABORTED', stopDate: now, cause: SHUTDOWN_CAUSE });
            }
            this.executions.set(record.executionArn, record);
        }
    }
    finish(record, outcome) {
        if (!this.running.delete(record.executionArn))
            return; // already recorded
        record.status = outcome.status;
        record.stopDate = Date.now();
        if (outcome.status === 'SUCCEEDED')
            record.output = outcome.output;
        else {
            if (outcome.error !== undefined)
                record.error = outcome.error;
            if (outcome.cause !== undefined)
                record.cause = outcome.cause;
        }
        this.settings.markDirty();
    }
}
function checkRoleArn(roleArn) {
    if (typeof roleArn !== 'string' || roleArn.length === 0) {
        throw new types/* AwsError */.Gy('ValidationException', "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null");
    }
    if (!/^arn:aws[a-z-]*:iam::\d{12}:role\/.+/.test(roleArn))
        throw new types/* AwsError */.Gy('InvalidArn', `Invalid Arn: 'Resource type not valid in this context: ${roleArn}'`);
}

;// CONCATENATED MODULE: ./src/endpoint/services/stepfunctions/index.ts


function createStepFunctionsService(settings, backends) {
    const model = new StepFunctionsModel(settings, backends);
    const backend = {
        createStateMachine(input, region) {
            return { stateMachineArn: model.createMachine(input, region).stateMachineArn };
        },
        updateStateMachine(input) {
            model.updateMachine(input.stateMachineArn, input);
        },
        deleteStateMachine(stateMachineArn) {
            model.deleteMachine(stateMachineArn);
        },
    };
    return { handler: stepFunctionsHandler(model), backend, persist: model, close: () => model.close() };
}


/***/ })

};
