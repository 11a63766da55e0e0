export const id = 107;
export const ids = [107];
export const modules = {

/***/ 15107:
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
var json = __webpack_require__(50398);
;// CONCATENATED MODULE: ./src/endpoint/services/stepfunctions/arn.ts
// Step Functions ARNs: arn:aws:states:REGION:ACCOUNT:stateMachine:NAME, a version of it
// (…:stateMachine:NAME:N) and …:execution:MACHINE:RUN.

function stateMachineArn(region, accountId, name) {
    return `arn:aws:states:${region}:${accountId}:stateMachine:${name}`;
}
/** A version's ARN: the machine's ARN, a colon, the version number ("Versions" in the developer guide). */
function versionArn(machineArn, version) {
    return `${machineArn}:${version}`;
}
/** Parses a state machine ARN that may be qualified with a version (or an alias); InvalidArn for other shapes. */
function parseMachineArn(value, member) {
    if (typeof value !== 'string' || value.length === 0) {
        throw new types/* AwsError */.Gy('ValidationException', `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`);
    }
    const parts = value.split(':');
    if ((parts.length !== 7 && parts.length !== 8) || parts[0] !== 'arn' || parts[2] !== 'states' || parts[5] !== 'stateMachine' || parts[6] === '' || parts[7] === '') {
        throw new types/* AwsError */.Gy('InvalidArn', `Invalid Arn: 'Resource type not valid in this context: ${parts[5] ?? value}'`);
    }
    if (parts.length === 7)
        return { machineArn: value, arn: value };
    const machineArn = parts.slice(0, 7).join(':');
    const qualifier = parts[7];
    return /^[1-9]\d*$/.test(qualifier) ? { machineArn, arn: value, version: Number(qualifier) } : { machineArn, arn: value, alias: qualifier };
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
// Names (CreateStateMachine, StartExecution): 1-80 characters, none of whitespace, brackets, wildcards,
// punctuation AWS reserves, or control characters. The length is a constraint of the API model, so AWS
// answers it with its generic ValidationException; a forbidden character gets InvalidName.
const FORBIDDEN_NAME_CHARACTERS = /[\s<>{}[\]?*"#%\\^|~`$&,;:/]/;
const isControlCharacter = (c) => {
    const code = c.charCodeAt(0);
    return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
};
const MAX_NAME_LENGTH = 80;
function checkName(name, member = 'name') {
    if (typeof name !== 'string') {
        throw new types/* AwsError */.Gy('ValidationException', `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`);
    }
    const length = [...name].length;
    if (length === 0) {
        throw new types/* AwsError */.Gy('ValidationException', `1 validation error detected: Value '${name}' at '${member}' failed to satisfy constraint: Member must have length greater than or equal to 1`);
    }
    if (length > MAX_NAME_LENGTH) {
        throw new types/* AwsError */.Gy('ValidationException', `1 validation error detected: Value '${name}' at '${member}' failed to satisfy constraint: Member must have length less than or equal to ${MAX_NAME_LENGTH}`);
    }
    if (FORBIDDEN_NAME_CHARACTERS.test(name) || [...name].some(isControlCharacter))
        throw new types/* AwsError */.Gy('InvalidName', `Invalid Name: '${name}'`);
    return name;
}

// EXTERNAL MODULE: ./node_modules/asl-validator/dist/src/validator.js
var validator = __webpack_require__(87307);
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

;// CONCATENATED MODULE: ./src/endpoint/services/stepfunctions/versions.ts
// State machine versions, as the Step Functions developer guide ("State machine versions") and the API
// reference (PublishStateMachineVersion, ListStateMachineVersions, DeleteStateMachineVersion) describe
// them: numbered, immutable snapshots of one revision of a machine, numbered from 1 and never reused,
// at most 1000 at a time per machine, published idempotently (one version per revision). Aliases are
// not reproduced.


/** "You can publish up to 1000 versions for each state machine" (PublishStateMachineVersion). */
const MAX_VERSIONS_PER_MACHINE = 1000;
/** What PublishStateMachineVersion's revisionId names when the machine has not been updated yet. */
const INITIAL_REVISION = 'INITIAL';
class VersionStore {
    versions = new Map();
    get(arn) {
        return this.versions.get(arn);
    }
    /** The machine's versions, newest first, as ListStateMachineVersions returns them. */
    of(machineArn) {
        return [...this.versions.values()].filter((v) => v.stateMachineArn === machineArn).sort((a, b) => b.version - a.version);
    }
    /**
     * Publishes the machine's current revision, or returns the version already published from it.
     * `expectedRevisionId` (PublishStateMachineVersion's revisionId; `INITIAL` for a machine never
     * updated) must name the current revision, or ConflictException, with AWS's message.
     */
    publish(machine, options = {}) {
        const current = machine.revisionId ?? INITIAL_REVISION;
        if (options.expectedRevisionId !== undefined && options.expectedRevisionId !== current) {
            throw new types/* AwsError */.Gy('ConflictException', `Failed to publish the State Machine version for revision ${options.expectedRevisionId}. The current State Machine revision is ${current}.`, 409);
        }
        const existing = this.of(machine.stateMachineArn);
        const same = existing.find((v) => (v.revisionId ?? INITIAL_REVISION) === current);
        if (same)
            return same;
        this.checkRoom(machine.stateMachineArn);
        const number = (machine.lastVersion ?? 0) + 1;
        machine.lastVersion = number;
        const record = {
            stateMachineVersionArn: versionArn(machine.stateMachineArn, number),
            stateMachineArn: machine.stateMachineArn,
            version: number,
            definition: machine.definition,
            roleArn: machine.roleArn,
            type: machine.type,
            ...(machine.revisionId !== undefined ? { revisionId: machine.revisionId } : {}),
            ...(options.description !== undefined ? { description: options.description } : {}),
            creationDate: Date.now(),
        };
        this.versions.set(record.stateMachineVersionArn, record);
        return record;
    }
    /** ServiceQuotaExceededException when the machine already has the most versions AWS allows. */
    checkRoom(machineArn) {
        if (this.of(machineArn).length < MAX_VERSIONS_PER_MACHINE)
            return;
        throw new types/* AwsError */.Gy('ServiceQuotaExceededException', `The state machine '${machineArn}' already has the maximum number of versions (${MAX_VERSIONS_PER_MACHINE}); delete unused versions with DeleteStateMachineVersion`, 402);
    }
    /** Deleting a version that is not there succeeds, as on AWS. */
    delete(arn) {
        return this.versions.delete(arn);
    }
    /** DeleteStateMachine "also deletes all versions and aliases associated with a state machine". */
    deleteAllOf(machineArn) {
        for (const version of this.of(machineArn))
            this.versions.delete(version.stateMachineVersionArn);
    }
    snapshot() {
        return [...this.versions.values()];
    }
    restore(saved, machineExists) {
        for (const version of saved ?? []) {
            if (machineExists(version.stateMachineArn))
                this.versions.set(version.stateMachineVersionArn, version);
        }
    }
}
/** Checks a version description (at most 256 characters, only with publish), with AWS's messages. */
function checkVersionDescription(description, publish, member) {
    if (description === undefined || description === null)
        return undefined;
    if (typeof description !== 'string') {
        throw new types/* AwsError */.Gy('SerializationException', `Unexpected value for '${member}': expected a string`);
    }
    // Recorded from AWS: CreateStateMachine with a versionDescription and no publish.
    if (!publish)
        throw new types/* AwsError */.Gy('ValidationException', 'Version description can only be set when publish is true');
    if ([...description].length > 256) {
        throw new types/* AwsError */.Gy('ValidationException', `1 validation error detected: Value '${description}' at '${member}' failed to satisfy constraint: Member must have length less than or equal to 256`);
    }
    return description;
}

;// CONCATENATED MODULE: ./src/endpoint/services/stepfunctions/handler.ts
// Step Functions' awsJson1_0 wire handling (X-Amz-Target: AWSStepFunctions.<Op>): request members in,
// response shapes out, timestamps as epoch seconds, list paging with opaque tokens.





const NAMESPACE = 'com.amazonaws.sfn';
function stepFunctionsHandler(model) {
    const operations = {
        CreateStateMachine: (input, request) => {
            const publish = input.publish === true;
            const versionDescription = checkVersionDescription(input.versionDescription, publish, 'versionDescription');
            const { machine, version } = model.createMachine({
                name: (0,json/* requireString */.VW)(input, 'name'),
                definition: (0,json/* requireString */.VW)(input, 'definition'),
                roleArn: (0,json/* requireString */.VW)(input, 'roleArn'),
                ...(typeof input.type === 'string' ? { type: input.type } : {}),
                tags: tagsFromWire(input.tags),
                publish,
                ...(versionDescription !== undefined ? { versionDescription } : {}),
            }, request.region);
            return {
                stateMachineArn: machine.stateMachineArn,
                creationDate: (0,json/* epochSeconds */.DQ)(machine.creationDate),
                ...(version ? { stateMachineVersionArn: version.stateMachineVersionArn } : {}),
            };
        },
        DescribeStateMachine: (input) => {
            const ref = parseMachineArn(input.stateMachineArn, 'stateMachineArn');
            if (ref.version !== undefined)
                return describeVersion(model.version(ref), model.machine(ref.machineArn));
            return describeMachine(model.machine(unqualified(ref)));
        },
        ListStateMachines: (input, request) => {
            const page = paginate(model.listMachines(request.region), input, 'machines');
            return {
                stateMachines: page.items.map((m) => ({ stateMachineArn: m.stateMachineArn, name: m.name, type: m.type, creationDate: (0,json/* epochSeconds */.DQ)(m.creationDate) })),
                ...page.next,
            };
        },
        UpdateStateMachine: (input) => {
            const publish = input.publish === true;
            const versionDescription = checkVersionDescription(input.versionDescription, publish, 'versionDescription');
            // A version cannot be updated: AWS answers that the (qualified) machine does not exist.
            const { machine, version } = model.updateMachine(unqualified(parseMachineArn(input.stateMachineArn, 'stateMachineArn')), {
                ...(typeof input.definition === 'string' ? { definition: input.definition } : {}),
                ...(typeof input.roleArn === 'string' ? { roleArn: input.roleArn } : {}),
                publish,
                ...(versionDescription !== undefined ? { versionDescription } : {}),
            });
            return {
                updateDate: (0,json/* epochSeconds */.DQ)(machine.updateDate ?? machine.creationDate),
                ...(machine.revisionId ? { revisionId: machine.revisionId } : {}),
                ...(version ? { stateMachineVersionArn: version.stateMachineVersionArn } : {}),
            };
        },
        DeleteStateMachine: (input) => {
            const ref = parseMachineArn(input.stateMachineArn, 'stateMachineArn');
            if (ref.version !== undefined || ref.alias !== undefined) {
                throw new types/* AwsError */.Gy('ValidationException', `DeleteStateMachine takes an unqualified state machine ARN; delete a version with DeleteStateMachineVersion: '${ref.arn}'`);
            }
            model.deleteMachine(ref.machineArn);
            return {};
        },
        PublishStateMachineVersion: (input) => {
            const description = checkVersionDescription(input.description, true, 'description');
            const version = model.publishVersion(unqualified(parseMachineArn(input.stateMachineArn, 'stateMachineArn')), {
                ...(typeof input.revisionId === 'string' ? { expectedRevisionId: input.revisionId } : {}),
                ...(description !== undefined ? { description } : {}),
            });
            return { stateMachineVersionArn: version.stateMachineVersionArn, creationDate: (0,json/* epochSeconds */.DQ)(version.creationDate) };
        },
        ListStateMachineVersions: (input) => {
            const ref = parseMachineArn(input.stateMachineArn, 'stateMachineArn');
            const versions = ref.version !== undefined || ref.alias !== undefined ? [] : model.versionsOf(ref.machineArn);
            const page = paginate(versions, input, `versions:${ref.arn}`);
            return {
                stateMachineVersions: page.items.map((v) => ({ stateMachineVersionArn: v.stateMachineVersionArn, creationDate: (0,json/* epochSeconds */.DQ)(v.creationDate) })),
                ...page.next,
            };
        },
        DeleteStateMachineVersion: (input) => {
            const ref = parseMachineArn(input.stateMachineVersionArn, 'stateMachineVersionArn');
            if (ref.version === undefined) {
                throw new types/* AwsError */.Gy('ValidationException', `Invalid Arn: 'Expected a state machine version ARN: ${ref.arn}'`);
            }
            model.deleteVersion(ref.arn);
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
            const run = model.startExecution(parseMachineArn(input.stateMachineArn, 'stateMachineArn'), typeof input.name === 'string' ? input.name : undefined, typeof input.input === 'string' ? input.input : undefined);
            return { executionArn: run.executionArn, startDate: (0,json/* epochSeconds */.DQ)(run.startDate) };
        },
        DescribeExecution: (input) => describeExecution(model.read(model.execution(requireArn(input.executionArn, 'execution', 'executionArn')))),
        ListExecutions: (input) => {
            const ref = parseMachineArn(input.stateMachineArn, 'stateMachineArn');
            model.machine(ref.machineArn);
            // A version (or alias) ARN lists the runs started on it; one that does not exist is ResourceNotFound.
            let versionArn;
            if (ref.version !== undefined || ref.alias !== undefined) {
                const known = ref.version !== undefined ? model.versionsOf(ref.machineArn).some((v) => v.stateMachineVersionArn === ref.arn) : false;
                if (!known)
                    throw new types/* AwsError */.Gy('ResourceNotFound', `Resource not found: '${ref.arn}'`);
                versionArn = ref.arn;
            }
            const status = typeof input.statusFilter === 'string' ? input.statusFilter : undefined;
            if (status && !['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE'].includes(status)) {
                throw new types/* AwsError */.Gy('ValidationException', `1 validation error detected: Value '${status}' at 'statusFilter' failed to satisfy constraint: Member must satisfy enum value set: [RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED, PENDING_REDRIVE]`);
            }
            const page = paginate(model.executionsOf(ref.machineArn, status, versionArn), input, 'executions');
            return { executions: page.items.map(executionSummary), ...page.next };
        },
        StopExecution: async (input) => {
            const record = await model.stopExecution(requireArn(input.executionArn, 'execution', 'executionArn'), typeof input.error === 'string' ? input.error : undefined, typeof input.cause === 'string' ? input.cause : undefined, true);
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
/** A version as DescribeStateMachine answers for a version ARN: the version's ARN, definition, role and revision. */
function describeVersion(version, machine) {
    return {
        stateMachineArn: version.stateMachineVersionArn,
        name: machine.name,
        status: machine.status,
        definition: version.definition,
        roleArn: version.roleArn,
        type: version.type,
        creationDate: (0,json/* epochSeconds */.DQ)(version.creationDate),
        loggingConfiguration: { level: 'OFF', includeExecutionData: false },
        tracingConfiguration: { enabled: false },
        ...(version.revisionId ? { revisionId: version.revisionId } : {}),
        ...(version.description !== undefined ? { description: version.description } : {}),
    };
}
/** The machine an operation that takes only an unqualified ARN acts on; a version or alias "does not exist" for it, as on AWS. */
function unqualified(ref) {
    if (ref.version !== undefined || ref.alias !== undefined)
        throw new types/* AwsError */.Gy('StateMachineDoesNotExist', `State Machine Does Not Exist: '${ref.arn}'`);
    return ref.machineArn;
}
function executionSummary(record) {
    return {
        executionArn: record.executionArn,
        stateMachineArn: record.stateMachineArn,
        ...(record.stateMachineVersionArn ? { stateMachineVersionArn: record.stateMachineVersionArn } : {}),
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
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/endpoint/services/stepfunctions/consistency.ts
class ConsistencyLag {
    lagMs;
    /** Per machine: the revisions a StartExecution may still see, oldest first. */
    revisions = new Map();
    /** Per execution stopped by StopExecution: until when it still reads RUNNING. */
    stops = new Map();
    constructor(lagMs) {
        this.lagMs = lagMs;
    }
    /** Remembers an update: `previous` stays what starts see until lagMs after `at`. */
    updated(machineArn, previous, previousFrom, current, at) {
        if (this.lagMs <= 0)
            return;
        const seen = this.revisions.get(machineArn) ?? [{ from: previousFrom, revision: previous }];
        seen.push({ from: at, revision: current });
        this.revisions.set(machineArn, seen);
    }
    /**
     * The revision a start on the unqualified ARN uses at `now`: the one that was current lagMs ago
     * (or the oldest still remembered, for a machine younger than that); undefined means the current one.
     */
    revisionAt(machineArn, now) {
        const seen = this.revisions.get(machineArn);
        if (!seen)
            return undefined;
        const cutoff = now - this.lagMs;
        let index = 0;
        for (let i = 0; i < seen.length; i++)
            if (seen[i].from <= cutoff)
                index = i;
        if (index === seen.length - 1 && seen[index].from <= cutoff) {
            this.revisions.delete(machineArn); // the latest revision is visible everywhere now
            return undefined;
        }
        seen.splice(0, index);
        return seen[0].revision;
    }
    forget(machineArn) {
        this.revisions.delete(machineArn);
    }
    /** A run stopped by StopExecution at `at` keeps reading RUNNING until lagMs later. */
    stopped(executionArn, at) {
        if (this.lagMs > 0)
            this.stops.set(executionArn, at + this.lagMs);
    }
    readsRunning(executionArn, now) {
        const until = this.stops.get(executionArn);
        if (until === undefined)
            return false;
        if (until > now)
            return true;
        this.stops.delete(executionArn);
        return false;
    }
    /** ListStateMachines shows a machine only once lagMs have passed since its creation. */
    listed(creationDate, now) {
        return creationDate + this.lagMs <= now;
    }
}

// EXTERNAL MODULE: ./src/endpoint/iam-policy/trust.ts
var trust = __webpack_require__(77406);
// EXTERNAL MODULE: ./node_modules/aws-local-stepfunctions/build/main.node.esm.js + 2 modules
var main_node_esm = __webpack_require__(71198);
;// CONCATENATED MODULE: ./src/endpoint/iam-policy/context.ts
function roleSessionContext(input) {
    const now = input.now ?? Date.now();
    return {
        'aws:PrincipalArn': input.role.Arn,
        'aws:PrincipalAccount': input.accountId,
        'aws:PrincipalType': 'AssumedRole',
        'aws:userid': `${input.role.RoleId}:${input.sessionName}`,
        'aws:RequestedRegion': input.region,
        'aws:CurrentTime': new Date(now).toISOString(),
        'aws:EpochTime': Math.floor(now / 1000),
        'aws:SecureTransport': true,
        'aws:ViaAWSService': false,
    };
}

// EXTERNAL MODULE: ./src/endpoint/iam-policy/evaluate.ts + 3 modules
var evaluate = __webpack_require__(46875);
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
// Least privilege, locally: a Task whose state machine role does not allow the action on the resource
// fails as on AWS (States.TaskFailed, AccessDenied in the cause). The role's policies are evaluated as
// IAM does (iam-policy/evaluate.ts) as they are in force for Step Functions: inline and attached managed,
// after IAM propagation. A role that does not exist (any more) for Step Functions allows nothing.



/** The session Step Functions' calls are made in, as assumed-role ARNs in denials name it. */
const SESSION_NAME = 'local';
function checkTaskPermission(resource, input, env) {
    const needed = requiredPermission(resource, input, env);
    if (!needed)
        return;
    const role = env.backends.iam.effectiveRole(env.roleArn);
    const roleName = role?.RoleName ?? env.roleArn.slice(env.roleArn.lastIndexOf('/') + 1);
    const decision = role
        ? (0,evaluate/* evaluatePolicies */.mY)(role.policies, {
            action: needed.action,
            resource: needed.resource,
            context: roleSessionContext({ role, sessionName: SESSION_NAME, accountId: env.accountId, region: env.region }),
        })
        : 'ImplicitDeny';
    if (decision === 'Allow')
        return;
    const why = decision === 'ExplicitDeny' ? 'with an explicit deny in an identity-based policy' : `because no identity-based policy allows the ${needed.action} action`;
    throw new TaskError('States.TaskFailed', `User: arn:aws:sts::${env.accountId}:assumed-role/${roleName}/${SESSION_NAME} is not authorized to perform: ${needed.action} on resource: ${needed.resource} ${why} (Service: ${needed.action.split(':')[0]}; Status Code: 400; Error Code: AccessDeniedException)`);
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
// The Step Functions service's state: state machines, their versions and their executions (with
// histories), and the rules AWS applies to them, including its eventual consistency when strict
// (consistency.ts). No wire shapes here (handler.ts), no running here (runner.ts).








const SHUTDOWN_CAUSE = 'The local endpoint shut down while the execution was running';
class StepFunctionsModel {
    settings;
    backends;
    machines = new Map();
    executions = new Map();
    running = new Map();
    versions = new VersionStore();
    lag;
    /** Deletions waiting for the end of their DELETING window. */
    removals = new Set();
    constructor(settings, backends) {
        this.settings = settings;
        this.backends = backends;
        this.lag = new ConsistencyLag(settings.behaviour.consistencyMs);
    }
    // ---- state machines ----
    createMachine(input, region) {
        checkName(input.name);
        checkRoleArn(input.roleArn);
        (0,trust/* requireStatesCanAssume */.ws)(this.backends.iam, input.roleArn, { accountId: this.settings.accountId, region, sourceArn: stateMachineArn(region, this.settings.accountId, input.name) });
        parseDefinition(input.definition);
        const type = input.type ?? 'STANDARD';
        if (type !== 'STANDARD' && type !== 'EXPRESS')
            throw new types/* AwsError */.Gy('ValidationException', `Value '${type}' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [STANDARD, EXPRESS]`);
        const arn = stateMachineArn(region, this.settings.accountId, input.name);
        const existing = this.machines.get(arn);
        if (existing) {
            if (existing.status === 'DELETING')
                throw new types/* AwsError */.Gy('StateMachineDeleting', `State Machine is being deleted: '${arn}'`);
            // Same name and same configuration is idempotent, as on AWS (publishing is, too).
            if (existing.definition === input.definition && existing.roleArn === input.roleArn && existing.type === type) {
                return { machine: existing, ...(input.publish ? { version: this.publish(existing, { description: input.versionDescription }) } : {}) };
            }
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
        const version = input.publish ? this.publish(machine, { description: input.versionDescription }) : undefined;
        this.settings.markDirty();
        return { machine, ...(version ? { version } : {}) };
    }
    machine(arn) {
        const machine = this.machines.get(arn);
        if (!machine)
            throw new types/* AwsError */.Gy('StateMachineDoesNotExist', `State Machine Does Not Exist: '${arn}'`);
        return machine;
    }
    /** The version a version ARN names; StateMachineDoesNotExist (naming the version ARN) as AWS answers. */
    version(ref) {
        const version = ref.version !== undefined && this.machines.has(ref.machineArn) ? this.versions.get(ref.arn) : undefined;
        if (!version)
            throw new types/* AwsError */.Gy('StateMachineDoesNotExist', `State Machine Does Not Exist: '${ref.arn}'`);
        return version;
    }
    /** As ListStateMachines sees them: a machine created less than the consistency lag ago is not listed yet. */
    listMachines(region) {
        const now = Date.now();
        return [...this.machines.values()]
            .filter((m) => m.region === region && this.lag.listed(m.creationDate, now))
            .sort((a, b) => a.name.localeCompare(b.name));
    }
    /**
     * A new revision when the definition or role changes (an update that changes neither keeps the
     * revision, as AWS does), and with `publish` a version of the revision it leaves current.
     */
    updateMachine(arn, changes) {
        const machine = this.machine(arn);
        if (changes.definition === undefined && changes.roleArn === undefined) {
            throw new types/* AwsError */.Gy('MissingRequiredParameter', 'Either the role ARN or the definition must be specified');
        }
        if (machine.status === 'DELETING')
            throw new types/* AwsError */.Gy('StateMachineDeleting', `State Machine is being deleted: '${arn}'`);
        if (changes.roleArn !== undefined)
            (0,trust/* requireStatesCanAssume */.ws)(this.backends.iam, String(changes.roleArn), { accountId: this.settings.accountId, region: machine.region, sourceArn: arn });
        if (changes.definition !== undefined)
            parseDefinition(changes.definition);
        if (changes.roleArn !== undefined)
            checkRoleArn(changes.roleArn);
        const changed = (changes.definition !== undefined && changes.definition !== machine.definition) || (changes.roleArn !== undefined && changes.roleArn !== machine.roleArn);
        // An update that could not publish its version is refused as a whole.
        if (changed && changes.publish)
            this.versions.checkRoom(arn);
        if (changed) {
            const now = Date.now();
            const previous = { definition: machine.definition, roleArn: machine.roleArn, revisionId: machine.revisionId, updateDate: machine.updateDate };
            Object.assign(machine, {
                ...(changes.definition !== undefined ? { definition: changes.definition } : {}),
                ...(changes.roleArn !== undefined ? { roleArn: changes.roleArn } : {}),
                updateDate: now,
                revisionId: (0,external_node_crypto_.randomUUID)(),
            });
            const current = { definition: machine.definition, roleArn: machine.roleArn, revisionId: machine.revisionId, updateDate: now };
            this.lag.updated(arn, previous, previous.updateDate ?? machine.creationDate, current, now);
        }
        const version = changes.publish ? this.publish(machine, { description: changes.versionDescription }) : undefined;
        this.settings.markDirty();
        return { machine, ...(version ? { version } : {}) };
    }
    /**
     * DELETING at once, and for at least the consistency lag; its running executions are aborted, then
     * it is gone with its versions. Unknown ARNs are fine, as on AWS.
     */
    deleteMachine(arn) {
        const machine = this.machines.get(arn);
        if (!machine || machine.status === 'DELETING')
            return;
        machine.status = 'DELETING';
        this.settings.markDirty();
        const deletingUntil = Date.now() + this.lag.lagMs;
        const stopping = this.executionsOf(arn)
            .filter((e) => e.status === 'RUNNING')
            .map((e) => this.stopExecution(e.executionArn, undefined, 'The state machine was deleted'));
        void Promise.allSettled(stopping).then(() => {
            const remaining = deletingUntil - Date.now();
            if (remaining <= 0)
                return this.remove(arn);
            const timer = setTimeout(() => {
                this.removals.delete(timer);
                this.remove(arn);
            }, remaining);
            timer.unref();
            this.removals.add(timer);
        });
    }
    // ---- versions ----
    /** PublishStateMachineVersion: the current revision as a version (the existing one if already published). */
    publishVersion(arn, options) {
        const machine = this.machine(arn);
        if (machine.status === 'DELETING')
            throw new types/* AwsError */.Gy('StateMachineDeleting', `State Machine is being deleted: '${arn}'`);
        return this.publish(machine, options);
    }
    /** Newest first; a machine that does not exist has none (the operation has no does-not-exist error). */
    versionsOf(machineArn) {
        return this.versions.of(machineArn);
    }
    /** Deleting a version that does not exist succeeds, as on AWS; its runs go on. */
    deleteVersion(versionArn) {
        if (this.versions.delete(versionArn))
            this.settings.markDirty();
    }
    tags(arn) {
        const machine = this.machines.get(arn);
        if (!machine)
            throw new types/* AwsError */.Gy('ResourceNotFound', `Resource not found: '${arn}'`);
        return machine.tags;
    }
    // ---- executions ----
    /**
     * Starts a run of a version (exactly its definition and role), or of the machine: its latest
     * revision, or when strict and it was updated less than the consistency lag ago, the previous one.
     */
    startExecution(ref, name, input) {
        const machineArn = ref.machineArn;
        if (ref.alias !== undefined)
            throw new types/* AwsError */.Gy('StateMachineDoesNotExist', `State Machine Does Not Exist: '${ref.arn}'`);
        const machine = this.machine(machineArn);
        if (machine.status === 'DELETING')
            throw new types/* AwsError */.Gy('StateMachineDeleting', `State Machine is being deleted: '${machineArn}'`);
        const version = ref.version !== undefined ? this.version(ref) : undefined;
        const revision = version
            ? { definition: version.definition, roleArn: version.roleArn, revisionId: version.revisionId, updateDate: version.creationDate }
            : (this.lag.revisionAt(machineArn, Date.now()) ?? machine);
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
            definition: revision.definition,
            roleArn: revision.roleArn,
            machineUpdateDate: revision.updateDate ?? machine.creationDate,
            ...(revision.revisionId ? { revisionId: revision.revisionId } : {}),
            ...(version ? { stateMachineVersionArn: version.stateMachineVersionArn } : {}),
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
    /**
     * An execution as DescribeExecution and ListExecutions read it: when strict, a run stopped by
     * StopExecution less than the consistency lag ago still reads RUNNING (it really has stopped).
     */
    read(record) {
        if (!this.lag.readsRunning(record.executionArn, Date.now()))
            return record;
        const { stopDate: _stopDate, output: _output, error: _error, cause: _cause, ...running } = record;
        return { ...running, status: 'RUNNING' };
    }
    /** Newest first, as AWS lists them, as read (see read()); only those started on the version when one is given. */
    executionsOf(machineArn, status, versionArn) {
        return [...this.executions.values()]
            .filter((e) => e.stateMachineArn === machineArn && (!versionArn || e.stateMachineVersionArn === versionArn))
            .map((e) => this.read(e))
            .filter((e) => !status || e.status === status)
            .sort((a, b) => b.startDate - a.startDate);
    }
    /**
     * Aborts a running execution and resolves once it is recorded ABORTED; a finished one is left as is.
     * `lagged`: StopExecution's own stop, which reads RUNNING for the consistency lag when strict.
     */
    async stopExecution(arn, error, cause, lagged = false) {
        const record = this.execution(arn);
        const run = this.running.get(arn);
        if (run) {
            this.finish(record, await run.stop(error, cause));
            if (lagged)
                this.lag.stopped(arn, Date.now());
        }
        return record;
    }
    async close() {
        for (const timer of this.removals)
            clearTimeout(timer);
        this.removals.clear();
        await Promise.all([...this.running.keys()].map((arn) => this.stopExecution(arn, undefined, SHUTDOWN_CAUSE)));
    }
    snapshot() {
        return { machines: [...this.machines.values()], versions: this.versions.snapshot(), executions: [...this.executions.values()] };
    }
    restore(snapshot) {
        const saved = snapshot;
        for (const machine of saved?.machines ?? []) {
            if (machine.status === 'DELETING')
                continue; // its deletion had begun: it is gone now
            this.machines.set(machine.stateMachineArn, machine);
        }
        this.versions.restore(saved?.versions, (arn) => this.machines.has(arn));
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
    publish(machine, options) {
        const version = this.versions.publish(machine, options);
        this.settings.markDirty();
        return version;
    }
    remove(arn) {
        this.machines.delete(arn);
        this.versions.deleteAllOf(arn);
        this.lag.forget(arn);
        this.settings.markDirty();
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
            return { stateMachineArn: model.createMachine(input, region).machine.stateMachineArn };
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
