export const id = 869;
export const ids = [869,910];
export const modules = {

/***/ 1869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  StackStore: () => (/* reexport */ StackStore),
  createCloudFormationService: () => (/* binding */ createCloudFormationService)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/endpoint/types.ts
var types = __webpack_require__(816);
;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/partition.ts
// AWS partitions: the ARN prefix and domain of a region (China and GovCloud regions are partitions of their own).
function partitionOf(region) {
    if (region.startsWith('cn-'))
        return { name: 'aws-cn', urlSuffix: 'amazonaws.com.cn' };
    if (region.startsWith('us-gov-'))
        return { name: 'aws-us-gov', urlSuffix: 'amazonaws.com' };
    return { name: 'aws', urlSuffix: 'amazonaws.com' };
}
/** `arn:<partition>:<service>:<region>:<account>:<resource>`. */
function arn(service, region, accountId, resource) {
    return `arn:${partitionOf(region).name}:${service}:${region}:${accountId}:${resource}`;
}

;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/intrinsics.ts
// Intrinsic functions and pseudo parameters: turns template values into concrete property values.


/** Marks a value removed by Ref AWS::NoValue (dropped from the enclosing object or list). */
const NO_VALUE = Symbol('AWS::NoValue');
const PSEUDO = new Set(['AWS::StackName', 'AWS::StackId', 'AWS::Region', 'AWS::AccountId', 'AWS::Partition', 'AWS::URLSuffix', 'AWS::NoValue', 'AWS::NotificationARNs']);
function isPseudoParameter(name) {
    return PSEUDO.has(name);
}
function templateError(message) {
    return new types/* AwsError */.Gy('ValidationError', `Template error: ${message}`);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The one key of an intrinsic function object ({ 'Fn::Join': … }), or undefined for ordinary objects. */
function intrinsicName(value) {
    const keys = Object.keys(value);
    if (keys.length !== 1)
        return undefined;
    const [key] = keys;
    return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::') ? key : undefined;
}
/** Splits an Fn::Sub string; `${!Literal}` stays the literal text `${Literal}`. */
function parseSub(source) {
    const parts = [];
    let rest = source;
    for (;;) {
        const start = rest.indexOf('${');
        if (start < 0)
            break;
        const end = rest.indexOf('}', start);
        if (end < 0)
            break;
        if (start > 0)
            parts.push({ text: rest.slice(0, start) });
        const inner = rest.slice(start + 2, end);
        parts.push(inner.startsWith('!') ? { text: `\${${inner.slice(1)}}` } : { variable: inner.trim() });
        rest = rest.slice(end + 1);
    }
    if (rest)
        parts.push({ text: rest });
    return parts;
}
function pseudo(name, ctx) {
    switch (name) {
        case 'AWS::StackName': return ctx.stackName;
        case 'AWS::StackId': return ctx.stackId;
        case 'AWS::Region': return ctx.region;
        case 'AWS::AccountId': return ctx.accountId;
        case 'AWS::Partition': return partitionOf(ctx.region).name;
        case 'AWS::URLSuffix': return partitionOf(ctx.region).urlSuffix;
        case 'AWS::NotificationARNs': return [];
        default: return NO_VALUE;
    }
}
function refValue(name, ctx) {
    if (isPseudoParameter(name))
        return pseudo(name, ctx);
    if (name in ctx.parameters)
        return ctx.parameters[name];
    return ctx.ref(name);
}
function asString(value, where) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    throw templateError(`${where} requires a string value, got ${JSON.stringify(value === NO_VALUE ? null : value)}`);
}
function asList(value, where) {
    if (Array.isArray(value))
        return value;
    throw templateError(`${where} requires a list`);
}
function substitute(source, variables, ctx) {
    return parseSub(source)
        .map((part) => {
        if ('text' in part)
            return part.text;
        const name = part.variable;
        if (name in variables)
            return asString(variables[name], 'Fn::Sub variable');
        const dot = name.indexOf('.');
        if (dot > 0 && !isPseudoParameter(name))
            return asString(ctx.getAtt(name.slice(0, dot), name.slice(dot + 1)), `Fn::Sub \${${name}}`);
        const value = refValue(name, ctx);
        return Array.isArray(value) ? value.join(',') : asString(value, `Fn::Sub \${${name}}`);
    })
        .join('');
}
/** Evaluates a condition expression (Fn::Equals/And/Or/Not, Condition). */
function evaluateCondition(value, ctx) {
    if (typeof value === 'boolean')
        return value;
    if (!isRecord(value))
        throw templateError('a condition must be an intrinsic function');
    const fn = intrinsicName(value);
    const arg = fn ? value[fn] : undefined;
    switch (fn) {
        case 'Condition': {
            const name = String(arg);
            if (!(name in ctx.conditions))
                throw templateError(`unresolved condition dependency ${name}`);
            return ctx.conditions[name];
        }
        case 'Fn::Equals': {
            const [a, b] = asList(arg ?? null, 'Fn::Equals').map((v) => resolveValue(v, ctx));
            return JSON.stringify(a) === JSON.stringify(b) || String(a) === String(b);
        }
        case 'Fn::Not': return !evaluateCondition(asList(arg ?? null, 'Fn::Not')[0], ctx);
        case 'Fn::And': return asList(arg ?? null, 'Fn::And').every((c) => evaluateCondition(c, ctx));
        case 'Fn::Or': return asList(arg ?? null, 'Fn::Or').some((c) => evaluateCondition(c, ctx));
        default: throw templateError(`${fn ?? 'an object'} is not a condition function`);
    }
}
/** Evaluates every entry of a template's Conditions section (conditions may refer to each other). */
function evaluateConditions(definitions, ctx) {
    const conditions = {};
    const evaluating = new Set();
    const lazy = new Proxy(conditions, {
        has: (_t, name) => typeof name === 'string' && name in definitions,
        get: (_t, name) => {
            if (typeof name !== 'string')
                return undefined;
            if (name in conditions)
                return conditions[name];
            if (evaluating.has(name))
                throw templateError(`circular condition ${name}`);
            evaluating.add(name);
            conditions[name] = evaluateCondition(definitions[name], { ...ctx, conditions: lazy });
            return conditions[name];
        },
    });
    for (const name of Object.keys(definitions))
        void lazy[name];
    return conditions;
}
function resolveFunction(fn, arg, ctx) {
    switch (fn) {
        case 'Ref': return refValue(asString(arg, 'Ref'), ctx);
        case 'Fn::GetAtt': {
            const [resource, attribute] = typeof arg === 'string' ? [arg.slice(0, arg.indexOf('.')), arg.slice(arg.indexOf('.') + 1)] : asList(arg, 'Fn::GetAtt').map((v) => asString(resolveValue(v, ctx), 'Fn::GetAtt'));
            return ctx.getAtt(resource, attribute);
        }
        case 'Fn::Sub': {
            if (typeof arg === 'string')
                return substitute(arg, {}, ctx);
            const [source, vars] = asList(arg, 'Fn::Sub');
            const variables = {};
            if (isRecord(vars))
                for (const [k, v] of Object.entries(vars))
                    variables[k] = resolveValue(v, ctx);
            return substitute(asString(source, 'Fn::Sub'), variables, ctx);
        }
        case 'Fn::Join': {
            const [delimiter, list] = asList(arg, 'Fn::Join');
            const items = asList(resolveValue(list, ctx), 'Fn::Join');
            return items.map((item) => asString(item, 'Fn::Join')).join(asString(delimiter, 'Fn::Join'));
        }
        case 'Fn::Select': {
            const [index, list] = asList(arg, 'Fn::Select');
            const items = asList(resolveValue(list, ctx), 'Fn::Select');
            const i = Number(resolveValue(index, ctx));
            if (!Number.isInteger(i) || i < 0 || i >= items.length)
                throw templateError(`Fn::Select cannot select nonexistent value at index ${String(index)}`);
            return items[i];
        }
        case 'Fn::Split': {
            const [delimiter, source] = asList(arg, 'Fn::Split');
            return asString(resolveValue(source, ctx), 'Fn::Split').split(asString(delimiter, 'Fn::Split'));
        }
        case 'Fn::GetAZs': {
            const region = asString(resolveValue(arg, ctx), 'Fn::GetAZs') || ctx.region;
            return ['a', 'b', 'c'].map((zone) => `${region}${zone}`);
        }
        case 'Fn::Base64': return Buffer.from(asString(resolveValue(arg, ctx), 'Fn::Base64'), 'utf8').toString('base64');
        case 'Fn::FindInMap': {
            const [map, top, second] = asList(arg, 'Fn::FindInMap').map((v) => asString(resolveValue(v, ctx), 'Fn::FindInMap'));
            const found = ctx.mappings[map]?.[top]?.[second];
            if (found === undefined)
                throw templateError(`Unable to get mapping for ${map}::${top}::${second}`);
            return found;
        }
        case 'Fn::If': {
            const [condition, whenTrue, whenFalse] = asList(arg, 'Fn::If');
            const name = asString(condition, 'Fn::If');
            if (!(name in ctx.conditions))
                throw templateError(`unresolved condition dependency ${name} in Fn::If`);
            return resolveValue(ctx.conditions[name] ? whenTrue : whenFalse, ctx);
        }
        case 'Fn::Equals':
        case 'Fn::Not':
        case 'Fn::And':
        case 'Fn::Or':
        case 'Condition':
            return evaluateCondition({ [fn]: arg }, ctx);
        case 'Fn::ImportValue': {
            const name = asString(resolveValue(arg, ctx), 'Fn::ImportValue');
            if (!ctx.importValue)
                throw templateError(`No export named ${name} found.`);
            return ctx.importValue(name);
        }
        case 'Fn::ToJsonString': return JSON.stringify(resolveValue(arg, ctx));
        case 'Fn::Length': return asList(resolveValue(arg, ctx), 'Fn::Length').length;
        default: throw templateError(`Unsupported intrinsic function ${fn}`);
    }
}
function resolveValue(value, ctx) {
    if (Array.isArray(value))
        return value.map((v) => resolveValue(v, ctx)).filter((v) => v !== NO_VALUE);
    if (isRecord(value)) {
        const fn = intrinsicName(value);
        if (fn)
            return resolveFunction(fn, value[fn], ctx);
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            const resolved = resolveValue(v, ctx);
            if (resolved !== NO_VALUE)
                out[k] = resolved;
        }
        return out;
    }
    return value;
}
/** Resolves every intrinsic function in a value; AWS::NoValue removes what it stands in. */
function resolve(value, ctx) {
    const resolved = resolveValue(value, ctx);
    return resolved === NO_VALUE ? undefined : resolved;
}

;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/graph.ts
// Dependency order of a template's resources, from Ref, Fn::GetAtt, Fn::Sub variables and DependsOn.


function formatError(message) {
    return new types/* AwsError */.Gy('ValidationError', `Template format error: ${message}`);
}
/** Names a value refers to (resources or parameters), without telling them apart. */
function referencedNames(value, into = new Set()) {
    if (Array.isArray(value)) {
        for (const v of value)
            referencedNames(v, into);
    }
    else if (value && typeof value === 'object') {
        const fn = intrinsicName(value);
        const arg = fn ? value[fn] : undefined;
        if (fn === 'Ref' && typeof arg === 'string') {
            into.add(arg);
        }
        else if (fn === 'Fn::GetAtt') {
            const target = typeof arg === 'string' ? arg.split('.')[0] : Array.isArray(arg) ? arg[0] : undefined;
            if (typeof target === 'string')
                into.add(target);
            else
                referencedNames(arg, into);
        }
        else if (fn === 'Fn::Sub') {
            const [source, vars] = typeof arg === 'string' ? [arg, undefined] : Array.isArray(arg) ? arg : [undefined, undefined];
            const local = vars && typeof vars === 'object' && !Array.isArray(vars) ? vars : {};
            if (typeof source === 'string') {
                for (const part of parseSub(source)) {
                    if (!('variable' in part) || part.variable in local)
                        continue;
                    into.add(isPseudoParameter(part.variable) ? part.variable : part.variable.split('.')[0]);
                }
            }
            referencedNames(vars, into);
        }
        else {
            for (const v of Object.values(value))
                referencedNames(v, into);
        }
    }
    return into;
}
/** Each resource's direct dependencies (other resources only); throws for unknown names. */
function dependencies(template) {
    const resources = template.Resources;
    const parameters = template.Parameters ?? {};
    const out = new Map();
    const unresolved = new Set();
    for (const [id, def] of Object.entries(resources)) {
        const deps = new Set();
        for (const name of referencedNames(def.Properties ?? null)) {
            if (name in resources)
                deps.add(name);
            else if (!(name in parameters) && !isPseudoParameter(name))
                unresolved.add(name);
        }
        const dependsOn = def.DependsOn === undefined ? [] : Array.isArray(def.DependsOn) ? def.DependsOn : [def.DependsOn];
        for (const name of dependsOn) {
            if (!(name in resources))
                throw formatError(`Unresolved resource dependencies [${name}] in the Resources block of the template`);
            deps.add(name);
        }
        deps.delete(id);
        out.set(id, deps);
    }
    for (const [key, output] of Object.entries(template.Outputs ?? {})) {
        for (const name of referencedNames(output.Value)) {
            if (!(name in resources) && !(name in parameters) && !isPseudoParameter(name))
                throw formatError(`Unresolved resource dependencies [${name}] in the Outputs block of the template (output ${key})`);
        }
    }
    if (unresolved.size > 0)
        throw formatError(`Unresolved resource dependencies [${[...unresolved].join(', ')}] in the Resources block of the template`);
    return out;
}
/** Logical ids so that every resource comes after what it depends on (template order among equals). */
function creationOrder(template) {
    const deps = dependencies(template);
    const order = [];
    const state = new Map();
    const visit = (id, path) => {
        const seen = state.get(id);
        if (seen === 'done')
            return;
        if (seen === 'visiting') {
            const cycle = path.slice(path.indexOf(id));
            throw formatError(`Circular dependency between resources: [${cycle.join(', ')}]`);
        }
        state.set(id, 'visiting');
        for (const dep of deps.get(id) ?? [])
            visit(dep, [...path, id]);
        state.set(id, 'done');
        order.push(id);
    };
    for (const id of deps.keys())
        visit(id, []);
    return order;
}

// EXTERNAL MODULE: ./src/endpoint/iam-policy/evaluate.ts + 3 modules
var evaluate = __webpack_require__(46875);
;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/resources/types.ts
/** A property problem, worded like CloudFormation's schema validation. */
class PropertyError extends Error {
    constructor(logicalId, detail) {
        super(`Properties validation failed for resource ${logicalId} with message: #: ${detail}`);
        this.name = 'PropertyError';
    }
}
function requireString(properties, name, ctx) {
    const value = properties[name];
    if (value === undefined || value === null || value === '')
        throw new PropertyError(ctx.logicalId, `required key [${name}] not found`);
    if (typeof value === 'object')
        throw new PropertyError(ctx.logicalId, `#/${name}: expected type: String, found: ${Array.isArray(value) ? 'JSONArray' : 'JSONObject'}`);
    return String(value);
}
function optionalString(properties, name) {
    const value = properties[name];
    return value === undefined || value === null ? undefined : typeof value === 'object' ? JSON.stringify(value) : String(value);
}
/** CloudFormation's `Tags: [{Key, Value}]` merged over the stack's tags. */
function tagMap(properties, ctx) {
    const tags = { ...ctx.stackTags };
    const list = properties.Tags;
    if (Array.isArray(list)) {
        for (const tag of list) {
            if (tag && typeof tag === 'object' && !Array.isArray(tag) && tag.Key !== undefined)
                tags[String(tag.Key)] = String(tag.Value ?? '');
        }
    }
    return tags;
}

;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/handler-error.ts
// How a resource handler's failure reads in a stack event, as CloudFormation words it:
//   Resource handler returned message: "<service message> (Service: Sqs, Status Code: 400, Request ID: <id>)"
//   (RequestToken: <uuid>, HandlerErrorCode: GeneralServiceException)
// The service part is what the handler's AWS SDK (Java v2) appends; HandlerErrorCode is one of the
// registry's fixed codes, chosen from the service's error code the way the providers map them.



/** The service name the handlers' SDK prints, by resource type. */
const SDK_SERVICE = {
    'AWS::DynamoDB::Table': 'DynamoDb',
    'AWS::IAM::Role': 'Iam',
    'AWS::Lambda::Function': 'Lambda',
    'AWS::SQS::Queue': 'Sqs',
    'AWS::StepFunctions::StateMachine': 'Sfn',
    'AWS::Logs::LogGroup': 'CloudWatchLogs',
};
/** The SDK service name of an IAM service prefix (for permission failures, named by the action's service). */
const SDK_SERVICE_BY_PREFIX = {
    dynamodb: 'DynamoDb', iam: 'Iam', lambda: 'Lambda', sqs: 'Sqs', states: 'Sfn', logs: 'CloudWatchLogs',
};
/** HTTP status of each service's AccessDenied answer (IAM, Lambda and SQS answer 403; the JSON services 400). */
const ACCESS_DENIED_STATUS = { iam: 403, lambda: 403, sqs: 403, dynamodb: 400, states: 400, logs: 400 };
function sdkServiceOfAction(action) {
    const prefix = action.split(':')[0].toLowerCase();
    return SDK_SERVICE_BY_PREFIX[prefix] ?? prefix;
}
function accessDeniedStatus(action) {
    return ACCESS_DENIED_STATUS[action.split(':')[0].toLowerCase()] ?? 400;
}
/** A failure the engine itself reports in a handler's words (a permission the caller lacks). */
class HandlerFailure extends Error {
    handlerErrorCode;
    sdkService;
    status;
    constructor(message, handlerErrorCode, 
    /** The service whose answer this is; absent for failures the handler framework words itself. */
    sdkService, status = 400) {
        super(message);
        this.handlerErrorCode = handlerErrorCode;
        this.sdkService = sdkService;
        this.status = status;
        this.name = 'HandlerFailure';
    }
}
/** The registry's HandlerErrorCode for a service error code. */
function handlerErrorCode(code, status = 400) {
    if (/AccessDenied|NotAuthorized|Unauthorized/i.test(code))
        return 'AccessDenied';
    if (/AlreadyExists|ResourceInUse|QueueNameExists|EntityAlreadyExists/i.test(code))
        return 'AlreadyExists';
    if (/NotFound|NoSuchEntity|DoesNotExist|NonExistent/i.test(code))
        return 'NotFound';
    if (/Throttl|TooManyRequests|RequestLimitExceeded|RequestThrottled/i.test(code))
        return 'Throttling';
    if (/LimitExceeded/i.test(code))
        return 'ServiceLimitExceeded';
    if (/Validation|InvalidParameter|InvalidInput|InvalidArn|InvalidName|InvalidDefinition|MalformedPolicyDocument|InvalidAttribute/i.test(code))
        return 'InvalidRequest';
    if (status >= 500)
        return 'ServiceInternalError';
    return 'GeneralServiceException';
}
/** A failed handler's event reason. */
function handlerMessage(error, type) {
    if (error instanceof PropertyError)
        return error.message;
    const token = (0,external_node_crypto_.randomUUID)();
    if (error instanceof HandlerFailure) {
        const service = error.sdkService ? ` (Service: ${error.sdkService}, Status Code: ${error.status}, Request ID: ${(0,external_node_crypto_.randomUUID)()})` : '';
        return `Resource handler returned message: "${error.message}${service}" (RequestToken: ${token}, HandlerErrorCode: ${error.handlerErrorCode})`;
    }
    if (error instanceof types/* AwsError */.Gy) {
        const service = SDK_SERVICE[type] ?? type.split('::')[1];
        return `Resource handler returned message: "${error.message} (Service: ${service}, Status Code: ${error.status}, Request ID: ${(0,external_node_crypto_.randomUUID)()})" (RequestToken: ${token}, HandlerErrorCode: ${handlerErrorCode(error.code, error.status)})`;
    }
    // Not a service's answer (a bug, a deadline): the handler reports it as an internal failure.
    return `Resource handler returned message: "${error?.message ?? String(error)}" (RequestToken: ${token}, HandlerErrorCode: InternalFailure)`;
}

;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/handler-permissions.json
const handler_permissions_namespaceObject = /*#__PURE__*/JSON.parse('{"gK":{"AWS::DynamoDB::Table":{"service":"dynamodb","source":{"repository":"pulumi/pulumi-aws-native","path":"aws-cloudformation-schema/aws-dynamodb-table.json","commit":"84a8fd7e9fd450df7bae7d93d344c3bb1a869d57"},"handlers":{"create":["dynamodb:CreateTable","dynamodb:DescribeImport","dynamodb:DescribeTable","dynamodb:DescribeTimeToLive","dynamodb:UpdateTimeToLive","dynamodb:UpdateContributorInsights","dynamodb:UpdateContinuousBackups","dynamodb:DescribeContinuousBackups","dynamodb:DescribeContributorInsights","dynamodb:EnableKinesisStreamingDestination","dynamodb:DisableKinesisStreamingDestination","dynamodb:DescribeKinesisStreamingDestination","dynamodb:ImportTable","dynamodb:ListTagsOfResource","dynamodb:TagResource","dynamodb:UpdateTable","dynamodb:GetResourcePolicy","dynamodb:PutResourcePolicy","dynamodb:CreateTableReplica","dynamodb:Scan","dynamodb:Query","dynamodb:UpdateItem","dynamodb:PutItem","dynamodb:GetItem","dynamodb:DeleteItem","dynamodb:BatchWriteItem","dynamodb:AssociateTableReplica","kinesis:DescribeStream","kinesis:PutRecords","iam:CreateServiceLinkedRole","kms:CreateGrant","kms:Decrypt","kms:DescribeKey","kms:ListAliases","kms:Encrypt","kms:RevokeGrant","logs:CreateLogGroup","logs:CreateLogStream","logs:DescribeLogGroups","logs:DescribeLogStreams","logs:PutLogEvents","logs:PutRetentionPolicy","s3:GetObject","s3:GetObjectMetadata","s3:ListBucket"],"read":["dynamodb:DescribeTable","dynamodb:DescribeContinuousBackups","dynamodb:DescribeContributorInsights","dynamodb:DescribeKinesisStreamingDestination","dynamodb:ListTagsOfResource","dynamodb:GetResourcePolicy","dynamodb:DescribeTimeToLive"],"update":["dynamodb:UpdateTable","dynamodb:DescribeTable","dynamodb:DescribeTimeToLive","dynamodb:UpdateTimeToLive","dynamodb:UpdateContinuousBackups","dynamodb:UpdateContributorInsights","dynamodb:UpdateKinesisStreamingDestination","dynamodb:DescribeContinuousBackups","dynamodb:DescribeKinesisStreamingDestination","dynamodb:ListTagsOfResource","dynamodb:TagResource","dynamodb:UntagResource","dynamodb:DescribeContributorInsights","dynamodb:EnableKinesisStreamingDestination","dynamodb:DisableKinesisStreamingDestination","dynamodb:GetResourcePolicy","dynamodb:PutResourcePolicy","dynamodb:DeleteResourcePolicy","dynamodb:CreateTable","dynamodb:CreateTableReplica","dynamodb:Scan","dynamodb:Query","dynamodb:UpdateItem","dynamodb:PutItem","dynamodb:GetItem","dynamodb:DeleteItem","dynamodb:BatchWriteItem","dynamodb:AssociateTableReplica","kinesis:DescribeStream","kinesis:PutRecords","iam:CreateServiceLinkedRole","kms:CreateGrant","kms:DescribeKey","kms:ListAliases","kms:RevokeGrant"],"delete":["dynamodb:DeleteTable","dynamodb:DescribeTable"],"list":["dynamodb:ListTables"]},"notChecked":{"kinesis:DescribeStream":"used only with a Kinesis streaming destination, which the local endpoint does not offer","kinesis:PutRecords":"used only with a Kinesis streaming destination, which the local endpoint does not offer","iam:CreateServiceLinkedRole":"used only for replicas and auto scaling (service-linked role), which the local endpoint does not offer","kms:CreateGrant":"used only with a customer managed KMS key (encryption properties), which the local endpoint does not offer","kms:Decrypt":"used only with a customer managed KMS key (encryption properties), which the local endpoint does not offer","kms:DescribeKey":"used only with a customer managed KMS key (encryption properties), which the local endpoint does not offer","kms:ListAliases":"used only with a customer managed KMS key (encryption properties), which the local endpoint does not offer","kms:Encrypt":"used only with a customer managed KMS key (encryption properties), which the local endpoint does not offer","kms:RevokeGrant":"used only with a customer managed KMS key (encryption properties), which the local endpoint does not offer","logs:CreateLogGroup":"used only when importing a table from S3 (ImportSourceSpecification), which the local endpoint does not offer","logs:CreateLogStream":"used only when importing a table from S3 (ImportSourceSpecification), which the local endpoint does not offer","logs:DescribeLogGroups":"used only when importing a table from S3 (ImportSourceSpecification), which the local endpoint does not offer","logs:DescribeLogStreams":"used only when importing a table from S3 (ImportSourceSpecification), which the local endpoint does not offer","logs:PutLogEvents":"used only when importing a table from S3 (ImportSourceSpecification), which the local endpoint does not offer","logs:PutRetentionPolicy":"used only when importing a table from S3 (ImportSourceSpecification), which the local endpoint does not offer","s3:GetObject":"used only for code, definitions or import data read from S3, or log delivery to S3; the local endpoint takes inline code and definitions only","s3:GetObjectMetadata":"used only for code, definitions or import data read from S3, or log delivery to S3; the local endpoint takes inline code and definitions only","s3:ListBucket":"used only for code, definitions or import data read from S3, or log delivery to S3; the local endpoint takes inline code and definitions only"}},"AWS::IAM::Role":{"service":"iam","source":{"repository":"pulumi/pulumi-aws-native","path":"aws-cloudformation-schema/aws-iam-role.json","commit":"f45078a274ff7d7958e9356e7ffe1eac7e7828b1"},"handlers":{"create":["iam:CreateRole","iam:PutRolePolicy","iam:AttachRolePolicy","iam:GetRolePolicy","iam:TagRole","iam:UntagRole","iam:GetRole"],"read":["iam:GetRole","iam:ListAttachedRolePolicies","iam:ListRolePolicies","iam:GetRolePolicy"],"update":["iam:UpdateRole","iam:UpdateRoleDescription","iam:UpdateAssumeRolePolicy","iam:DetachRolePolicy","iam:AttachRolePolicy","iam:DeleteRolePermissionsBoundary","iam:PutRolePermissionsBoundary","iam:DeleteRolePolicy","iam:PutRolePolicy","iam:TagRole","iam:UntagRole"],"delete":["iam:DeleteRole","iam:DetachRolePolicy","iam:DeleteRolePolicy","iam:GetRole","iam:ListAttachedRolePolicies","iam:ListRolePolicies","iam:TagRole","iam:UntagRole"],"list":["iam:ListRoles"]},"notChecked":{}},"AWS::Lambda::Function":{"service":"lambda","source":{"repository":"pulumi/pulumi-aws-native","path":"aws-cloudformation-schema/aws-lambda-function.json","commit":"7c5820010ff519447133c14290c8a9bb0aa78782"},"handlers":{"create":["lambda:CreateFunction","lambda:GetFunction","lambda:PutFunctionConcurrency","iam:PassRole","s3:GetObject","s3:GetObjectVersion","ec2:DescribeSecurityGroups","ec2:DescribeSubnets","ec2:DescribeVpcs","elasticfilesystem:DescribeMountTargets","s3files:ListMountTargets","kms:CreateGrant","kms:Decrypt","kms:DescribeKey","kms:Encrypt","kms:GenerateDataKey","lambda:GetCodeSigningConfig","lambda:GetFunctionCodeSigningConfig","lambda:GetLayerVersion","lambda:GetRuntimeManagementConfig","lambda:PutRuntimeManagementConfig","lambda:TagResource","lambda:PutFunctionRecursionConfig","lambda:GetFunctionRecursionConfig","lambda:PutFunctionScalingConfig","lambda:PassCapacityProvider"],"read":["lambda:GetFunction","kms:Decrypt","lambda:GetFunctionCodeSigningConfig","lambda:GetFunctionRecursionConfig","lambda:GetRuntimeManagementConfig","lambda:GetFunctionScalingConfig"],"update":["lambda:DeleteFunctionConcurrency","lambda:GetFunction","lambda:PutFunctionConcurrency","lambda:TagResource","lambda:UntagResource","lambda:UpdateFunctionConfiguration","lambda:UpdateFunctionCode","iam:PassRole","s3:GetObject","s3:GetObjectVersion","ec2:DescribeSecurityGroups","ec2:DescribeSubnets","ec2:DescribeVpcs","elasticfilesystem:DescribeMountTargets","s3files:ListMountTargets","kms:CreateGrant","kms:Decrypt","kms:DescribeKey","kms:GenerateDataKey","lambda:GetRuntimeManagementConfig","lambda:PutRuntimeManagementConfig","lambda:PutFunctionCodeSigningConfig","lambda:DeleteFunctionCodeSigningConfig","lambda:GetCodeSigningConfig","lambda:GetFunctionCodeSigningConfig","lambda:PutFunctionRecursionConfig","lambda:GetFunctionRecursionConfig","lambda:PutFunctionScalingConfig","lambda:PublishVersion","lambda:PassCapacityProvider"],"delete":["lambda:DeleteFunction","lambda:GetFunction","ec2:DescribeNetworkInterfaces"],"list":["lambda:ListFunctions"]},"notChecked":{"s3:GetObject":"used only for code, definitions or import data read from S3, or log delivery to S3; the local endpoint takes inline code and definitions only","s3:GetObjectVersion":"used only for code, definitions or import data read from S3, or log delivery to S3; the local endpoint takes inline code and definitions only","ec2:DescribeSecurityGroups":"used only with a VPC configuration, which the local endpoint does not offer","ec2:DescribeSubnets":"used only with a VPC configuration, which the local endpoint does not offer","ec2:DescribeVpcs":"used only with a VPC configuration, which the local endpoint does not offer","elasticfilesystem:DescribeMountTargets":"used only with a file system configuration, which the local endpoint does not offer","s3files:ListMountTargets":"used only with a file system configuration, which the local endpoint does not offer","kms:CreateGrant":"used only with a customer managed KMS key (encryption properties), which the local endpoint does not offer","kms:Decrypt":"used only with a customer managed KMS key (encryption properties), which the local endpoint does not offer","kms:DescribeKey":"used only with a customer managed KMS key (encryption properties), which the local endpoint does not offer","kms:Encrypt":"used only with a customer managed KMS key (encryption properties), which the local endpoint does not offer","kms:GenerateDataKey":"used only with a customer managed KMS key (encryption properties), which the local endpoint does not offer","ec2:DescribeNetworkInterfaces":"used only with a VPC configuration, which the local endpoint does not offer"}},"AWS::SQS::Queue":{"service":"sqs","source":{"repository":"pulumi/pulumi-aws-native","path":"aws-cloudformation-schema/aws-sqs-queue.json","commit":"7c5820010ff519447133c14290c8a9bb0aa78782"},"handlers":{"create":["sqs:CreateQueue","sqs:GetQueueUrl","sqs:GetQueueAttributes","sqs:ListQueueTags","sqs:TagQueue"],"read":["sqs:GetQueueAttributes","sqs:ListQueueTags"],"update":["sqs:SetQueueAttributes","sqs:GetQueueAttributes","sqs:ListQueueTags","sqs:TagQueue","sqs:UntagQueue"],"delete":["sqs:DeleteQueue","sqs:GetQueueAttributes"],"list":["sqs:ListQueues"]},"notChecked":{}},"AWS::StepFunctions::StateMachine":{"service":"states","source":{"repository":"pulumi/pulumi-aws-native","path":"aws-cloudformation-schema/aws-stepfunctions-statemachine.json","commit":"fb3093067521c87a8047a5cd42a2a061719f2e29"},"handlers":{"create":["states:CreateStateMachine","states:DescribeStateMachine","states:TagResource","iam:PassRole","s3:GetObject","s3:GetObjectVersion","kms:DescribeKey","kms:GenerateDataKey"],"read":["states:DescribeStateMachine","states:ListTagsForResource","kms:Decrypt"],"update":["states:UpdateStateMachine","states:TagResource","states:UntagResource","states:ListTagsForResource","iam:PassRole","kms:DescribeKey","kms:GenerateDataKey","s3:GetObject","s3:GetObjectVersion"],"delete":["states:DeleteStateMachine","states:DescribeStateMachine"],"list":["states:ListStateMachines"]},"notChecked":{"s3:GetObject":"used only for code, definitions or import data read from S3, or log delivery to S3; the local endpoint takes inline code and definitions only","s3:GetObjectVersion":"used only for code, definitions or import data read from S3, or log delivery to S3; the local endpoint takes inline code and definitions only","kms:DescribeKey":"used only with a customer managed KMS key (encryption properties), which the local endpoint does not offer","kms:GenerateDataKey":"used only with a customer managed KMS key (encryption properties), which the local endpoint does not offer","kms:Decrypt":"used only with a customer managed KMS key (encryption properties), which the local endpoint does not offer"},"providerRepository":{"repository":"aws-cloudformation/aws-cloudformation-resource-providers-stepfunctions","path":"statemachine/aws-stepfunctions-statemachine.json","commit":"d0b2abc86ab5ebe2edcb6a14ff097e57b62ce9d4"}},"AWS::Logs::LogGroup":{"service":"logs","source":{"repository":"pulumi/pulumi-aws-native","path":"aws-cloudformation-schema/aws-logs-loggroup.json","commit":"8adb9c3620f080b60b2423e67fadf55ebda1b64b"},"handlers":{"create":["logs:DescribeLogGroups","logs:CreateLogGroup","logs:PutRetentionPolicy","logs:TagResource","logs:GetDataProtectionPolicy","logs:PutDataProtectionPolicy","logs:CreateLogDelivery","s3:REST.PUT.OBJECT","firehose:TagDeliveryStream","logs:PutResourcePolicy","logs:DescribeResourcePolicies","logs:PutIndexPolicy","logs:DescribeIndexPolicies","logs:PutBearerTokenAuthentication"],"read":["logs:DescribeLogGroups","logs:ListTagsForResource","logs:GetDataProtectionPolicy","logs:DescribeIndexPolicies","logs:DescribeResourcePolicies"],"update":["logs:DescribeLogGroups","logs:AssociateKmsKey","logs:DisassociateKmsKey","logs:PutRetentionPolicy","logs:DeleteRetentionPolicy","logs:TagResource","logs:UntagResource","logs:ListTagsForResource","logs:GetDataProtectionPolicy","logs:PutDataProtectionPolicy","logs:CreateLogDelivery","s3:REST.PUT.OBJECT","firehose:TagDeliveryStream","logs:PutIndexPolicy","logs:DeleteIndexPolicy","logs:PutResourcePolicy","logs:DescribeResourcePolicies","logs:DeleteResourcePolicy","logs:PutLogGroupDeletionProtection","logs:PutBearerTokenAuthentication"],"delete":["logs:DescribeLogGroups","logs:DeleteLogGroup","logs:DeleteDataProtectionPolicy"],"list":["logs:DescribeLogGroups","logs:ListTagsForResource"]},"notChecked":{"s3:REST.PUT.OBJECT":"used only for code, definitions or import data read from S3, or log delivery to S3; the local endpoint takes inline code and definitions only","firehose:TagDeliveryStream":"used only for log delivery to Firehose, which the local endpoint does not offer"},"providerRepository":{"repository":"aws-cloudformation/aws-cloudformation-resource-providers-logs","path":"aws-logs-loggroup/aws-logs-loggroup.json","commit":"4f25cd3dff8728ac12c038629c8a7b73a740286d"}}}}');
;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/handler-permissions.ts
// The permissions each resource type's handlers need, as the CloudFormation registry schemas list them
// (data in handler-permissions.json, with its source and the date it was read).

const handler_permissions_types = handler_permissions_namespaceObject.gK;
/** Every permission the registry schema lists for one handler of a type (empty for unknown types). */
function handlerPermissions(type, operation) {
    return handler_permissions_types[type]?.handlers[operation] ?? [];
}
/**
 * The permissions the engine checks before it runs one handler: those of the type's own service and
 * iam:PassRole. The others serve features the local endpoint does not offer (KMS keys, S3 code, VPCs).
 */
function checkedPermissions(type, operation) {
    const entry = handler_permissions_types[type];
    if (!entry)
        return [];
    return entry.handlers[operation].filter((permission) => !(permission in entry.notChecked));
}
/** The types with committed permission lists. */
function typesWithPermissions() {
    return Object.keys(handler_permissions_types);
}

;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/handler-authorization.ts
// Before it runs a resource handler, CloudFormation's handler makes its calls with the credentials it was
// given (the caller's forwarded session, or the stack's service role); a permission they lack fails the
// resource with the service's AccessDenied, in the handler's words. The permissions are the registry
// schema's handlers.<op>.permissions (handler-permissions.json).



/** Which service a role property is passed to (iam:PassedToService), by resource type. */
const PASSED_ROLE = {
    'AWS::Lambda::Function': { property: 'Role', service: 'lambda.amazonaws.com' },
    'AWS::StepFunctions::StateMachine': { property: 'RoleArn', service: 'states.amazonaws.com' },
};
/** The AccessDenied message as services send it; SQS names its actions in lower case, `*` is left unsaid. */
function denial(principal, action, resource, explicit) {
    const named = action.startsWith('sqs:') ? action.toLowerCase() : action;
    const on = resource === '*' ? '' : ` on resource: ${resource}`;
    const why = explicit ? 'with an explicit deny in an identity-based policy' : `because no identity-based policy allows the ${named} action`;
    return `User: ${principal} is not authorized to perform: ${named}${on} ${why}`;
}
/** Throws the handler's AccessDenied for the first permission of `operation` that `authority` lacks. */
function authorizeHandler(authority, operation, target) {
    if (!authority)
        return;
    const passed = PASSED_ROLE[target.type];
    for (const action of checkedPermissions(target.type, operation)) {
        let resource = target.resourceArn ?? '*';
        let context;
        if (action === 'iam:PassRole') {
            const role = passed ? target.properties[passed.property] : undefined;
            resource = typeof role === 'string' && role !== '' ? role : '*';
            context = passed ? { 'iam:PassedToService': passed.service } : undefined;
        }
        const decision = (0,evaluate/* evaluatePolicies */.mY)(authority.policies, { action, resource, context });
        if (decision === 'Allow')
            continue;
        throw new HandlerFailure(denial(authority.arn, action, resource, decision === 'ExplicitDeny'), 'AccessDenied', sdkServiceOfAction(action), accessDeniedStatus(action));
    }
}

// EXTERNAL MODULE: ./src/wait.ts
var wait = __webpack_require__(40910);
;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/resources/dynamodb-table.ts
// AWS::DynamoDB::Table through the in-process DynamoDB (CreateTable, then wait until ACTIVE).




/** Capacity numbers arrive as strings from YAML/parameters; DynamoDB wants numbers. */
function throughput(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    return { ReadCapacityUnits: Number(value.ReadCapacityUnits), WriteCapacityUnits: Number(value.WriteCapacityUnits) };
}
function indexes(value) {
    if (!Array.isArray(value))
        return undefined;
    return value.map((index) => {
        const out = { ...index };
        if (out.ProvisionedThroughput)
            out.ProvisionedThroughput = throughput(out.ProvisionedThroughput);
        return out;
    });
}
function createTableInput(properties, name, ctx) {
    if (!Array.isArray(properties.KeySchema))
        throw new PropertyError(ctx.logicalId, 'required key [KeySchema] not found');
    const billingMode = properties.BillingMode === undefined ? 'PROVISIONED' : String(properties.BillingMode);
    const input = {
        TableName: name,
        KeySchema: properties.KeySchema,
        AttributeDefinitions: properties.AttributeDefinitions ?? [],
        BillingMode: billingMode,
    };
    if (billingMode === 'PROVISIONED')
        input.ProvisionedThroughput = throughput(properties.ProvisionedThroughput) ?? { ReadCapacityUnits: 5, WriteCapacityUnits: 5 };
    const gsi = indexes(properties.GlobalSecondaryIndexes);
    if (gsi)
        input.GlobalSecondaryIndexes = gsi;
    const lsi = indexes(properties.LocalSecondaryIndexes);
    if (lsi)
        input.LocalSecondaryIndexes = lsi;
    const stream = properties.StreamSpecification;
    if (stream?.StreamViewType)
        input.StreamSpecification = { StreamEnabled: true, StreamViewType: stream.StreamViewType };
    return input;
}
async function describe(name, ctx) {
    try {
        const out = await ctx.backends.dynamodb.call('DescribeTable', { TableName: name }, ctx.region);
        return out.Table;
    }
    catch (error) {
        if (error instanceof types/* AwsError */.Gy && error.code === 'ResourceNotFoundException')
            return undefined;
        throw error;
    }
}
async function waitUntilActive(name, ctx) {
    return (0,wait.waitFor)(async () => {
        const table = await describe(name, ctx);
        return table?.TableStatus === 'ACTIVE' ? { done: true, value: table } : { done: false, seen: String(table?.TableStatus ?? 'missing') };
    }, { what: `table ${name} to become ACTIVE`, deadline: ctx.deadline, initialDelayMs: 50, maxDelayMs: 500 });
}
function provisioned(table) {
    const attributes = { Arn: String(table.TableArn) };
    if (table.LatestStreamArn)
        attributes.StreamArn = String(table.LatestStreamArn);
    return { physicalId: String(table.TableName), attributes };
}
function tableName(properties, ctx) {
    return properties.TableName === undefined ? ctx.generatedName(255) : requireString(properties, 'TableName', ctx);
}
const dynamoDbTable = {
    type: 'AWS::DynamoDB::Table',
    nameProperty: 'TableName',
    attributes: ['Arn', 'StreamArn'],
    replaceOn: ['TableName', 'KeySchema', 'LocalSecondaryIndexes'],
    arnFor(properties, ctx) {
        return arn('dynamodb', ctx.region, ctx.accountId, `table/${tableName(properties, ctx)}`);
    },
    async create(properties, ctx) {
        const name = tableName(properties, ctx);
        await ctx.backends.dynamodb.call('CreateTable', createTableInput(properties, name, ctx), ctx.region);
        const table = await waitUntilActive(name, ctx);
        const tags = tagMap(properties, ctx);
        if (Object.keys(tags).length > 0) {
            await ctx.backends.dynamodb.call('TagResource', { ResourceArn: table.TableArn, Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) }, ctx.region);
        }
        return provisioned(table);
    },
    async update(current, previous, next, ctx) {
        // Only capacity settings reach the table in place; other in-place changes (tags, SSE, TTL) are kept in the template alone.
        const before = createTableInput(previous, current.physicalId, ctx);
        const after = createTableInput(next, current.physicalId, ctx);
        const change = {};
        if (before.BillingMode !== after.BillingMode)
            change.BillingMode = after.BillingMode;
        if (JSON.stringify(before.ProvisionedThroughput) !== JSON.stringify(after.ProvisionedThroughput) && after.ProvisionedThroughput)
            change.ProvisionedThroughput = after.ProvisionedThroughput;
        if (Object.keys(change).length > 0) {
            await ctx.backends.dynamodb.call('UpdateTable', { TableName: current.physicalId, ...change }, ctx.region);
            return provisioned(await waitUntilActive(current.physicalId, ctx));
        }
        return current;
    },
    async delete(current, ctx) {
        try {
            await ctx.backends.dynamodb.call('DeleteTable', { TableName: current.physicalId }, ctx.region);
        }
        catch (error) {
            if (error instanceof types/* AwsError */.Gy && error.code === 'ResourceNotFoundException')
                return;
            throw error;
        }
        // Wait until the table is gone, so a replacement under the same name can be created.
        await (0,wait.waitFor)(async () => ((await describe(current.physicalId, ctx)) ? { done: false, seen: 'DELETING' } : { done: true, value: undefined }), { what: `table ${current.physicalId} to be deleted`, deadline: ctx.deadline, initialDelayMs: 50, maxDelayMs: 500 });
    },
};

;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/resources/iam-role.ts


function roleSpec(properties, name, ctx) {
    if (!properties.AssumeRolePolicyDocument)
        throw new PropertyError(ctx.logicalId, 'required key [AssumeRolePolicyDocument] not found');
    const policies = Array.isArray(properties.Policies) ? properties.Policies : [];
    const tags = tagMap(properties, ctx);
    return {
        RoleName: name,
        AssumeRolePolicyDocument: properties.AssumeRolePolicyDocument,
        Path: optionalString(properties, 'Path'),
        Description: optionalString(properties, 'Description'),
        ManagedPolicyArns: Array.isArray(properties.ManagedPolicyArns) ? properties.ManagedPolicyArns.map(String) : undefined,
        Policies: policies.map((policy) => {
            const p = policy;
            if (!p.PolicyName || !p.PolicyDocument)
                throw new PropertyError(ctx.logicalId, '#/Policies: required key [PolicyName, PolicyDocument] not found');
            return { PolicyName: String(p.PolicyName), PolicyDocument: p.PolicyDocument };
        }),
        Tags: Object.keys(tags).length > 0 ? tags : undefined,
    };
}
function roleName(properties, ctx) {
    return properties.RoleName === undefined ? ctx.generatedName(64) : String(properties.RoleName);
}
const iamRole = {
    type: 'AWS::IAM::Role',
    nameProperty: 'RoleName',
    attributes: ['Arn', 'RoleId'],
    replaceOn: ['RoleName', 'Path'],
    arnFor(properties, ctx) {
        // IAM is global: no region in the ARN, the partition still follows the stack's region.
        return `arn:${partitionOf(ctx.region).name}:iam::${ctx.accountId}:role${optionalString(properties, 'Path') ?? '/'}${roleName(properties, ctx)}`;
    },
    async create(properties, ctx) {
        const name = roleName(properties, ctx);
        const role = ctx.backends.iam.createRole(roleSpec(properties, name, ctx));
        return { physicalId: role.RoleName, attributes: { Arn: role.Arn, RoleId: role.RoleId } };
    },
    // In place (same ARN and RoleId), as the IAM handler's UpdateRole, PutRolePolicy, AttachRolePolicy ... do.
    async update(current, _previous, next, ctx) {
        ctx.backends.iam.updateRole(roleSpec(next, current.physicalId, ctx));
        return current;
    },
    async delete(current, ctx) {
        if (ctx.backends.iam.getRole(current.physicalId))
            ctx.backends.iam.deleteRole(current.physicalId);
    },
};

;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/resources/role-propagation.ts
// The Lambda and Step Functions resource handlers retry while the role they pass cannot be assumed yet
// (a role a few seconds old has not propagated): the Step Functions provider retries AccessDeniedException
// "Neither the global service principal states.amazonaws.com, nor the regional one is authorized to assume
// the provided role" (aws-cloudformation-resource-providers-stepfunctions, ClientBuilder.CustomRetryCondition,
// 10 retries with the SDK's back-off, about a minute); the Lambda handler does the same for "The role defined
// for the function cannot be assumed by Lambda." Only after that does the resource fail, with the service's words.


/** How long the handlers keep retrying, in AWS seconds (scaled like every other duration). */
const ROLE_RETRY_SECONDS = 60;
/** The AWS SDK for Java's default back-off the providers use: 100 ms doubling, at most 20 s, with jitter. */
const BASE_DELAY_MS = 100;
const MAX_DELAY_MS = 20_000;
function isRoleNotAssumable(error) {
    if (!(error instanceof types/* AwsError */.Gy))
        return false;
    return ((error.code === 'InvalidParameterValueException' && /cannot be assumed by Lambda/.test(error.message)) ||
        (error.code === 'AccessDeniedException' && /is authorized to assume the provided role/.test(error.message)));
}
/** Calls `call` until it succeeds or fails otherwise; at the deadline the last "cannot be assumed" error stands. */
async function retryWhileRoleNotAssumable(call, retry) {
    let base = BASE_DELAY_MS * retry.timeScale;
    for (;;) {
        try {
            return await call();
        }
        catch (error) {
            const remaining = retry.deadline - Date.now();
            if (!isRoleNotAssumable(error) || remaining <= 0)
                throw error;
            await (0,wait.sleep)(Math.min(remaining, Math.random() * base));
            base = Math.min(MAX_DELAY_MS * retry.timeScale, base * 2);
        }
    }
}

;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/resources/lambda-function.ts



function functionSpec(properties, name, ctx) {
    const code = properties.Code;
    if (!code || typeof code !== 'object')
        throw new PropertyError(ctx.logicalId, 'required key [Code] not found');
    if (typeof code.ZipFile !== 'string')
        throw new PropertyError(ctx.logicalId, '#/Code: only inline code (ZipFile) is supported by the local endpoint');
    const environment = properties.Environment;
    const tags = tagMap(properties, ctx);
    return {
        FunctionName: name,
        Runtime: requireString(properties, 'Runtime', ctx),
        Handler: requireString(properties, 'Handler', ctx),
        Role: requireString(properties, 'Role', ctx),
        ZipFile: code.ZipFile,
        Timeout: properties.Timeout === undefined ? undefined : Number(properties.Timeout),
        MemorySize: properties.MemorySize === undefined ? undefined : Number(properties.MemorySize),
        Environment: environment?.Variables ? { Variables: Object.fromEntries(Object.entries(environment.Variables).map(([k, v]) => [k, String(v)])) } : undefined,
        Tags: Object.keys(tags).length > 0 ? tags : undefined,
    };
}
function functionName(properties, ctx) {
    return properties.FunctionName === undefined ? ctx.generatedName(64) : String(properties.FunctionName);
}
const lambdaFunction = {
    type: 'AWS::Lambda::Function',
    nameProperty: 'FunctionName',
    attributes: ['Arn'],
    replaceOn: ['FunctionName'],
    arnFor(properties, ctx) {
        return arn('lambda', ctx.region, ctx.accountId, `function:${functionName(properties, ctx)}`);
    },
    async create(properties, ctx) {
        const spec = functionSpec(properties, functionName(properties, ctx), ctx);
        const fn = await retryWhileRoleNotAssumable(() => ctx.backends.lambda.createFunction(spec, ctx.region), ctx.roleRetry);
        return { physicalId: fn.FunctionName, attributes: { Arn: fn.FunctionArn } };
    },
    async update(current, _previous, next, ctx) {
        // Code and configuration change in place: same name, same ARN (the backend offers no UpdateFunction*, so replace the definition).
        const spec = functionSpec(next, current.physicalId, ctx);
        ctx.backends.lambda.deleteFunction(current.physicalId, ctx.region);
        const fn = await retryWhileRoleNotAssumable(() => ctx.backends.lambda.createFunction(spec, ctx.region), ctx.roleRetry);
        return { physicalId: fn.FunctionName, attributes: { Arn: fn.FunctionArn } };
    },
    async delete(current, ctx) {
        if (ctx.backends.lambda.getFunctionArn(current.physicalId, ctx.region))
            ctx.backends.lambda.deleteFunction(current.physicalId, ctx.region);
    },
};

;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/resources/log-group.ts
// AWS::Logs::LogGroup, kept in CloudFormation's own state (the endpoint has no CloudWatch Logs API).
// Ref is the name; GetAtt Arn is `arn:<partition>:logs:<region>:<account>:log-group:<name>:*`.



/** The values CloudWatch Logs accepts for a retention (AWS::Logs::LogGroup schema, RetentionInDays enum). */
const RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];
/** LogGroupName in the schema: 1-512 characters of `[.\-_/#A-Za-z0-9]`. */
const NAME = /^[.\-_/#A-Za-z0-9]{1,512}$/;
const TYPE = 'AWS::Logs::LogGroup';
function retention(properties, ctx) {
    const value = properties.RetentionInDays;
    if (value === undefined || value === null)
        return undefined;
    const days = Number(value);
    if (!RETENTION_DAYS.includes(days))
        throw new PropertyError(ctx.logicalId, `#/RetentionInDays: ${String(value)} is not a valid enum value`);
    return days;
}
function logGroupName(properties, ctx) {
    const name = properties.LogGroupName === undefined ? ctx.generatedName(512) : String(properties.LogGroupName);
    if (!NAME.test(name))
        throw new PropertyError(ctx.logicalId, `#/LogGroupName: string [${name}] does not match pattern ^[.\\-_/#A-Za-z0-9]{1,512}\\Z`);
    return name;
}
const logGroup = {
    type: TYPE,
    nameProperty: 'LogGroupName',
    attributes: ['Arn'],
    replaceOn: ['LogGroupName'],
    arnFor(properties, ctx) {
        // As IAM and CloudWatch Logs name a log group in their messages (GetAtt Arn adds `:*`).
        return arn('logs', ctx.region, ctx.accountId, `log-group:${logGroupName(properties, ctx)}`);
    },
    async create(properties, ctx) {
        const name = logGroupName(properties, ctx);
        const days = retention(properties, ctx);
        if (ctx.logGroups.get(name, ctx.region)) {
            throw new HandlerFailure(`Resource of type '${TYPE}' with identifier '${name}' already exists.`, 'AlreadyExists');
        }
        const record = ctx.logGroups.create(name, ctx.region, ctx.accountId, days, tagMap(properties, ctx));
        return { physicalId: record.name, attributes: { Arn: record.arn } };
    },
    async update(current, _previous, next, ctx) {
        const record = ctx.logGroups.update(current.physicalId, ctx.region, { retentionInDays: retention(next, ctx), tags: tagMap(next, ctx) });
        if (!record)
            throw new HandlerFailure(`Resource of type '${TYPE}' with identifier '${current.physicalId}' was not found.`, 'NotFound');
        return { physicalId: record.name, attributes: { Arn: record.arn } };
    },
    async delete(current, ctx) {
        // Already gone counts as deleted, as CloudFormation treats a NotFound from a delete handler.
        ctx.logGroups.delete(current.physicalId, ctx.region);
    },
};

// EXTERNAL MODULE: ./src/endpoint/services/sqs/model.ts
var model = __webpack_require__(7953);
;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/resources/sqs-queue.ts
// AWS::SQS::Queue through the in-process SQS. Ref is the queue URL.



/** Properties that become queue attributes (objects such as RedrivePolicy as JSON text). */
const ATTRIBUTE_PROPERTIES = [
    'ContentBasedDeduplication', 'DeduplicationScope', 'DelaySeconds', 'FifoQueue', 'FifoThroughputLimit', 'KmsDataKeyReusePeriodSeconds',
    'KmsMasterKeyId', 'MaximumMessageSize', 'MessageRetentionPeriod', 'ReceiveMessageWaitTimeSeconds', 'RedriveAllowPolicy',
    'RedrivePolicy', 'SqsManagedSseEnabled', 'VisibilityTimeout',
];
/** What an update that drops a property sets it back to: SQS's defaults, and these for FIFO and KMS settings; '' clears the rest. */
const DEFAULTS = {
    ...model/* DEFAULT_ATTRIBUTES */.g2,
    KmsDataKeyReusePeriodSeconds: '300',
    ContentBasedDeduplication: 'false',
};
function attributes(properties) {
    const out = {};
    for (const name of ATTRIBUTE_PROPERTIES) {
        const value = optionalString(properties, name);
        if (value !== undefined)
            out[name] = value;
    }
    return out;
}
function isFifo(value) {
    return value === true || value === 'true';
}
function queueName(properties, ctx) {
    if (properties.QueueName !== undefined)
        return String(properties.QueueName);
    return isFifo(properties.FifoQueue) ? ctx.generatedName(80, '.fifo') : ctx.generatedName(80);
}
const sqsQueue = {
    type: 'AWS::SQS::Queue',
    nameProperty: 'QueueName',
    attributes: ['Arn', 'QueueName', 'QueueUrl'],
    replaceOn: ['QueueName', 'FifoQueue'],
    arnFor(properties, ctx) {
        return arn('sqs', ctx.region, ctx.accountId, queueName(properties, ctx));
    },
    async create(properties, ctx) {
        const queue = ctx.backends.sqs.createQueue(queueName(properties, ctx), attributes(properties), ctx.region, tagMap(properties, ctx));
        return { physicalId: queue.url, attributes: { Arn: queue.arn, QueueName: queue.name, QueueUrl: queue.url } };
    },
    // In place, as the SQS handler does with SetQueueAttributes: re-creating under the same name would meet
    // QueueDeletedRecently. A property taken out of the template goes back to SQS's default.
    async update(current, previous, next, ctx) {
        const setAttributes = ctx.backends.sqs.setQueueAttributes;
        if (!setAttributes) {
            ctx.backends.sqs.deleteQueue(current.physicalId, ctx.region);
            return sqsQueue.create(next, ctx);
        }
        const before = attributes(previous);
        const after = attributes(next);
        const change = {};
        for (const name of Object.keys(before))
            if (!(name in after))
                change[name] = DEFAULTS[name] ?? '';
        for (const [name, value] of Object.entries(after))
            if (before[name] !== value)
                change[name] = value;
        if (Object.keys(change).length > 0)
            setAttributes.call(ctx.backends.sqs, current.physicalId, change, ctx.region);
        return current;
    },
    async delete(current, ctx) {
        if (ctx.backends.sqs.getQueue(current.physicalId, ctx.region))
            ctx.backends.sqs.deleteQueue(current.physicalId, ctx.region);
    },
};

;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/resources/state-machine.ts
// AWS::StepFunctions::StateMachine through the in-process Step Functions. Ref is the ARN.




/** The definition text: Definition (object) or DefinitionString, with ${key} DefinitionSubstitutions applied. */
function definitionText(properties, ctx) {
    let text;
    if (properties.Definition !== undefined && properties.Definition !== null)
        text = JSON.stringify(properties.Definition);
    else if (properties.DefinitionString !== undefined)
        text = String(properties.DefinitionString);
    else
        throw new PropertyError(ctx.logicalId, 'required key [Definition] or [DefinitionString] not found');
    const substitutions = properties.DefinitionSubstitutions;
    if (substitutions && typeof substitutions === 'object' && !Array.isArray(substitutions)) {
        for (const [key, value] of Object.entries(substitutions))
            text = text.split(`\${${key}}`).join(String(value));
    }
    return text;
}
function nameFromArn(arn) {
    return arn.slice(arn.lastIndexOf(':') + 1);
}
function machineName(properties, ctx) {
    return properties.StateMachineName === undefined ? ctx.generatedName(80) : String(properties.StateMachineName);
}
const stateMachine = {
    type: 'AWS::StepFunctions::StateMachine',
    nameProperty: 'StateMachineName',
    attributes: ['Arn', 'Name', 'StateMachineRevisionId'],
    replaceOn: ['StateMachineName', 'StateMachineType'],
    arnFor(properties, ctx) {
        return arn('states', ctx.region, ctx.accountId, `stateMachine:${machineName(properties, ctx)}`);
    },
    async create(properties, ctx) {
        const name = machineName(properties, ctx);
        const tags = tagMap(properties, ctx);
        const input = { name, definition: definitionText(properties, ctx), roleArn: requireString(properties, 'RoleArn', ctx), tags: Object.keys(tags).length > 0 ? tags : undefined };
        const { stateMachineArn } = await retryWhileRoleNotAssumable(() => ctx.backends.states.createStateMachine(input, ctx.region), ctx.roleRetry);
        return { physicalId: stateMachineArn, attributes: { Arn: stateMachineArn, Name: nameFromArn(stateMachineArn), StateMachineRevisionId: stateMachineArn } };
    },
    async update(current, _previous, next, ctx) {
        const input = { stateMachineArn: current.physicalId, definition: definitionText(next, ctx), roleArn: requireString(next, 'RoleArn', ctx) };
        await retryWhileRoleNotAssumable(() => ctx.backends.states.updateStateMachine(input, ctx.region), ctx.roleRetry);
        return current;
    },
    async delete(current, ctx) {
        try {
            ctx.backends.states.deleteStateMachine(current.physicalId, ctx.region);
        }
        catch (error) {
            // Already gone (deleted outside the stack) counts as deleted, as on AWS.
            if (error instanceof types/* AwsError */.Gy && /NotExist|NotFound/.test(error.code))
                return;
            throw error;
        }
    },
};

;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/resources/index.ts
// The resource types the local CloudFormation can provision, by type name.






const provisioners = new Map([dynamoDbTable, sqsQueue, lambdaFunction, iamRole, stateMachine, logGroup].map((p) => [p.type, p]));

;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/parameters.ts
// Template parameters (defaults, allowed values, previous values) and the IAM capabilities a template needs.

function validation(message) {
    return new types/* AwsError */.Gy('ValidationError', message);
}
/** The value of every template parameter: given, previous (UsePreviousValue) or the default. */
function effectiveParameters(template, given, previous = {}) {
    const declared = template.Parameters ?? {};
    const unknown = given.map((p) => p.ParameterKey).filter((key) => !(key in declared));
    if (unknown.length > 0)
        throw validation(`Parameters: [${unknown.join(', ')}] do not exist in the template`);
    const values = {};
    const missing = [];
    for (const [name, def] of Object.entries(declared)) {
        const entry = given.find((p) => p.ParameterKey === name);
        let value;
        if (entry?.UsePreviousValue)
            value = previous[name];
        else if (entry?.ParameterValue !== undefined)
            value = entry.ParameterValue;
        else if (def.Default !== undefined && def.Default !== null)
            value = Array.isArray(def.Default) ? def.Default.join(',') : String(def.Default);
        if (value === undefined) {
            missing.push(name);
            continue;
        }
        if (def.AllowedValues && !def.AllowedValues.map(String).includes(value))
            throw validation(`Parameter '${name}' must be one of AllowedValues`);
        if (def.Type === 'Number' && (value.trim() === '' || Number.isNaN(Number(value))))
            throw validation(`Parameter '${name}' must be a number.`);
        values[name] = value;
    }
    if (missing.length > 0)
        throw validation(`Parameters: [${missing.join(', ')}] must have values`);
    return values;
}
/** Parameter values as intrinsic functions see them (list types become lists). */
function parameterValues(template, values) {
    const out = {};
    for (const [name, value] of Object.entries(values)) {
        const type = template.Parameters?.[name]?.Type ?? 'String';
        out[name] = type === 'CommaDelimitedList' || type.startsWith('List<') ? value.split(',').map((v) => v.trim()) : value;
    }
    return out;
}
function isNoEcho(template, name) {
    const flag = template.Parameters?.[name]?.NoEcho;
    return flag === true || flag === 'true';
}
/** IAM resource types and the property that gives each a custom name. */
const IAM_NAMES = {
    'AWS::IAM::Role': 'RoleName',
    'AWS::IAM::User': 'UserName',
    'AWS::IAM::Group': 'GroupName',
    'AWS::IAM::ManagedPolicy': 'ManagedPolicyName',
    'AWS::IAM::InstanceProfile': 'InstanceProfileName',
    'AWS::IAM::Policy': undefined,
    'AWS::IAM::AccessKey': undefined,
    'AWS::IAM::UserToGroupAddition': undefined,
};
function requiredCapabilities(template) {
    const types = new Set();
    let named = false;
    for (const def of Object.values(template.Resources)) {
        if (!(def.Type in IAM_NAMES))
            continue;
        types.add(def.Type);
        const nameProperty = IAM_NAMES[def.Type];
        if (nameProperty && def.Properties?.[nameProperty] !== undefined)
            named = true;
    }
    if (types.size === 0)
        return { resourceTypes: [] };
    return { capability: named ? 'CAPABILITY_NAMED_IAM' : 'CAPABILITY_IAM', resourceTypes: [...types] };
}
/** Throws InsufficientCapabilitiesException worded as AWS does when the caller did not acknowledge IAM resources. */
function checkCapabilities(template, given) {
    const { capability } = requiredCapabilities(template);
    if (!capability)
        return;
    const ok = given.includes('CAPABILITY_NAMED_IAM') || (capability === 'CAPABILITY_IAM' && given.includes('CAPABILITY_IAM'));
    if (!ok)
        throw new types/* AwsError */.Gy('InsufficientCapabilitiesException', `Requires capabilities : [${capability}]`);
}

;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/stack-context.ts
// How a stack's template is evaluated against its resources: the resolution context intrinsic functions
// see, the order resources are made in, outputs, and whether a property change needs a new resource.





/** A resource that exists in its service (not failed, not deleted). */
function isLive(record) {
    return !!record && !!record.physicalId && record.status !== 'DELETE_COMPLETE' && record.status !== 'CREATE_FAILED' && record.status !== 'DELETE_SKIPPED';
}
/** What intrinsic functions see while a stack's template is evaluated. */
function stackResolveContext(input) {
    const { stack, template, resources, unknown } = input;
    const base = {
        stackName: stack.StackName,
        stackId: stack.StackId,
        region: stack.region,
        accountId: input.accountId,
        parameters: parameterValues(template, input.parameters),
        mappings: template.Mappings ?? {},
        ref: (logicalId) => {
            const record = resources[logicalId];
            if (isLive(record))
                return record.physicalId;
            if (unknown)
                return unknown(logicalId);
            throw new types/* AwsError */.Gy('ValidationError', `Template error: resource ${logicalId} is not available for Ref`);
        },
        getAtt: (logicalId, attribute) => {
            const def = template.Resources[logicalId];
            if (!def)
                throw new types/* AwsError */.Gy('ValidationError', `Template error: instance of Fn::GetAtt references undefined resource ${logicalId}`);
            const provisioner = provisioners.get(def.Type);
            if (provisioner && !provisioner.attributes.includes(attribute)) {
                throw new types/* AwsError */.Gy('ValidationError', `Template error: resource ${logicalId} does not support attribute type ${attribute} in Fn::GetAtt`);
            }
            const record = resources[logicalId];
            if (isLive(record) && record.attributes[attribute] !== undefined)
                return record.attributes[attribute];
            if (unknown)
                return unknown(`${logicalId}.${attribute}`);
            throw new types/* AwsError */.Gy('ValidationError', `Template error: attribute ${attribute} of resource ${logicalId} is not available`);
        },
        importValue: (name) => {
            const value = input.exportValue(name);
            if (value === undefined)
                throw new types/* AwsError */.Gy('ValidationError', `No export named ${name} found.`);
            return value;
        },
    };
    return { ...base, conditions: evaluateConditions(template.Conditions ?? {}, base) };
}
/** Resources to create, in dependency order, leaving out those whose Condition is false. */
function orderedResources(template, ctx) {
    return creationOrder(template).filter((id) => {
        const condition = template.Resources[id].Condition;
        return condition === undefined || ctx.conditions[condition];
    });
}
function resolveProperties(template, logicalId, ctx) {
    return (resolve(template.Resources[logicalId].Properties ?? {}, ctx) ?? {});
}
function resolveOutputs(template, ctx) {
    const out = [];
    for (const [key, def] of Object.entries(template.Outputs ?? {})) {
        if (def.Condition !== undefined && !ctx.conditions[def.Condition])
            continue;
        const value = resolve(def.Value, ctx);
        const exportName = def.Export?.Name === undefined ? undefined : resolve(def.Export.Name, ctx);
        out.push({
            OutputKey: key,
            OutputValue: Array.isArray(value) ? value.join(',') : String(value ?? ''),
            Description: def.Description,
            ExportName: exportName === undefined ? undefined : String(exportName),
        });
    }
    return out;
}
/** Order-independent JSON, so properties written in another key order compare equal. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object') {
        return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
/** Top-level property names whose values differ. */
function changedProperties(before, after) {
    const names = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...names].filter((name) => canonical(before[name]) !== canonical(after[name])).sort();
}
/** A new type, an unknown type, or a change to a property its type cannot change in place. */
function needsReplacement(oldType, newType, changed) {
    const provisioner = provisioners.get(newType);
    return oldType !== newType || !provisioner || changed.some((p) => provisioner.replaceOn.includes(p));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/template.ts
// Template text -> a plain template object. YAML short-form tags (!Ref, !GetAtt a.b, !Sub …) become
// their long form ({ Ref: … }, { 'Fn::GetAtt': [a, b] }, …) so the rest of the service sees one shape.


/** Short-form tags whose argument is kept as is under the long-form key. */
const FN_TAGS = new Set(['Base64', 'Cidr', 'FindInMap', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform', 'And', 'Equals', 'If', 'Not', 'Or', 'ToJsonString', 'Length']);
function invalid(message) {
    return new types/* AwsError */.Gy('ValidationError', `Template format error: ${message}`);
}
function tagged(tag, value) {
    const name = tag.slice(1);
    if (name === 'Ref')
        return { Ref: value };
    if (name === 'Condition')
        return { Condition: value };
    if (name === 'GetAtt') {
        // !GetAtt Res.Attr (the attribute may itself contain dots: split at the first one) or !GetAtt [Res, Attr]
        if (typeof value === 'string') {
            const dot = value.indexOf('.');
            if (dot < 1)
                throw invalid(`Template error: every Fn::GetAtt object requires two non-empty parameters`);
            return { 'Fn::GetAtt': [value.slice(0, dot), value.slice(dot + 1)] };
        }
        return { 'Fn::GetAtt': value };
    }
    if (FN_TAGS.has(name))
        return { [`Fn::${name}`]: value };
    throw invalid(`Unknown tag ${tag}`);
}
function toPlain(node, doc) {
    // CloudFormation refuses aliases (so an alias bomb never expands here either).
    if ((0,dist/* isAlias */.Vj)(node))
        throw new types/* AwsError */.Gy('ValidationError', 'Template error: YAML aliases are not allowed in CloudFormation templates');
    let value;
    if ((0,dist/* isScalar */.jn)(node)) {
        // A tagged scalar is unresolved by the YAML library: its source text is the argument.
        value = node.tag?.startsWith('!') ? String(node.source ?? node.value ?? '') : node.value;
        if (value instanceof Date)
            value = node.source ?? String(value);
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        value = node.items.map((item) => toPlain(item, doc));
    }
    else if ((0,dist/* isMap */.jh)(node)) {
        const out = {};
        for (const pair of node.items) {
            if (!(0,dist/* isPair */.tO)(pair))
                continue;
            const key = toPlain(pair.key, doc);
            out[String(key)] = toPlain(pair.value, doc);
        }
        value = out;
    }
    else if (node === null || node === undefined) {
        return null;
    }
    else {
        throw invalid('unsupported YAML node');
    }
    const tag = node.tag;
    return tag?.startsWith('!') && !tag.startsWith('!!') ? tagged(tag, value) : value;
}
/** Parses JSON or YAML template text; throws ValidationError like CloudFormation for malformed text. */
function parseTemplateText(text) {
    if (!text.trim())
        throw invalid('template body is empty');
    let body;
    if (/^\s*\{/.test(text)) {
        try {
            body = JSON.parse(text);
        }
        catch (error) {
            throw invalid(`JSON not well-formed. (${error.message})`);
        }
    }
    else {
        const doc = (0,dist/* parseDocument */.Tp)(text, { version: '1.2', uniqueKeys: true });
        if (doc.errors.length > 0)
            throw invalid(`YAML not well-formed. (${doc.errors[0].message.split('\n')[0]})`);
        body = toPlain(doc.contents, doc);
    }
    return checkTemplateShape(body);
}
function template_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const TOP_LEVEL = new Set(['AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Mappings', 'Conditions', 'Transform', 'Resources', 'Outputs', 'Rules']);
function checkTemplateShape(body) {
    if (!template_isRecord(body))
        throw invalid('JSON not well-formed.');
    for (const key of Object.keys(body))
        if (!TOP_LEVEL.has(key))
            throw invalid(`Invalid template property or properties [${key}]`);
    if (body.Transform !== undefined)
        throw invalid('Transform is not supported by the local endpoint');
    const resources = body.Resources;
    if (!template_isRecord(resources) || Object.keys(resources).length === 0)
        throw invalid('At least one Resources member must be defined.');
    for (const [id, def] of Object.entries(resources)) {
        if (!/^[A-Za-z0-9]+$/.test(id))
            throw invalid(`Resource name ${id} is non alphanumeric.`);
        if (!template_isRecord(def) || typeof def.Type !== 'string')
            throw invalid(`[/Resources/${id}] Every Resources object must contain a Type member.`);
        if (def.Properties !== undefined && !template_isRecord(def.Properties))
            throw invalid(`[/Resources/${id}/Properties] Every Properties object must be an object.`);
    }
    for (const section of ['Parameters', 'Outputs', 'Mappings', 'Conditions']) {
        if (body[section] !== undefined && body[section] !== null && !template_isRecord(body[section]))
            throw invalid(`Every ${section} member must be an object.`);
    }
    if (template_isRecord(body.Parameters)) {
        for (const [name, def] of Object.entries(body.Parameters)) {
            if (!template_isRecord(def) || typeof def.Type !== 'string')
                throw invalid(`[/Parameters/${name}] Every Parameters object must contain a Type member.`);
        }
    }
    if (template_isRecord(body.Outputs)) {
        for (const [name, def] of Object.entries(body.Outputs)) {
            if (!template_isRecord(def) || def.Value === undefined)
                throw invalid(`[/Outputs/${name}] Every Outputs member must contain a Value object`);
        }
    }
    return body;
}

;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/engine.ts
// The work behind stack operations, run after the API call has answered: resources created, updated
// and deleted in dependency order, one event per transition, rollback on failure.








const STACK_TYPE = 'AWS::CloudFormation::Stack';
/** How long one resource may take in a backend (e.g. a table becoming ACTIVE). */
const RESOURCE_DEADLINE_MS = 5 * 60_000;
/** A resource failure whose message is the failed event's reason as it stands. */
class ResourceFailure extends Error {
}
/** A failed resource's event reason: our own wording as it stands, a backend's error as its handler message. */
function reasonOf(error, type) {
    return error instanceof ResourceFailure ? error.message : handlerMessage(error, type);
}
/** Resolution problems (template errors) are reported in their own words, not as a backend failure. */
function asResourceFailure(error) {
    return error instanceof ResourceFailure ? error : new ResourceFailure(error.message);
}
function randomSuffix() {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    return [...(0,external_node_crypto_.randomBytes)(12)].map((b) => alphabet[b % alphabet.length]).join('');
}
/** `<stack>-<logicalId>-<RANDOM><suffix>`, cut to fit as AWS does (the random part always kept). */
function generatePhysicalName(stackName, logicalId, maxLength, suffix = '') {
    const random = randomSuffix();
    const room = maxLength - suffix.length - random.length - 1;
    return `${`${stackName}-${logicalId}`.slice(0, Math.max(1, room))}-${random}${suffix}`;
}
/** The ARN a live resource is authorised by (a log group's without GetAtt's trailing `:*`). */
function resourceArnOf(record) {
    const arn = record.attributes.Arn ?? (record.physicalId?.startsWith('arn:') ? record.physicalId : undefined);
    return arn?.replace(/:\*$/, '');
}
/** The name a resource was created under (the queue name for SQS, whose physical id is its URL). */
function existingName(record) {
    return record.attributes.QueueName ?? record.attributes.Name ?? record.physicalId ?? record.logicalId;
}
function tagRecord(tags) {
    return Object.fromEntries(tags.map((t) => [t.Key, t.Value]));
}
class StackEngine {
    deps;
    constructor(deps) {
        this.deps = deps;
    }
    // ---- events and status ----
    now() {
        return new Date().toISOString();
    }
    pushEvent(stack, event) {
        stack.events.push({ EventId: (0,external_node_crypto_.randomUUID)(), StackId: stack.StackId, StackName: stack.StackName, Timestamp: this.now(), ...event });
        this.deps.changed();
    }
    /** Sets the stack's status with its own event; `stackReason` is what DescribeStacks shows (defaults to the event's). */
    setStackStatus(stack, status, reason, stackReason = reason) {
        stack.StackStatus = status;
        stack.StackStatusReason = stackReason;
        this.pushEvent(stack, { LogicalResourceId: stack.StackName, PhysicalResourceId: stack.StackId, ResourceType: STACK_TYPE, ResourceStatus: status, ResourceStatusReason: reason });
    }
    setResourceStatus(stack, record, status, reason) {
        record.status = status;
        record.statusReason = reason;
        record.updated = this.now();
        this.pushEvent(stack, {
            LogicalResourceId: record.logicalId,
            PhysicalResourceId: record.physicalId ?? '',
            ResourceType: record.type,
            ResourceStatus: status,
            ResourceStatusReason: reason,
            ResourceProperties: Object.keys(record.properties).length > 0 ? JSON.stringify(record.properties) : undefined,
        });
    }
    context(stack, template, parameters, resources) {
        return stackResolveContext({ stack, template, parameters, resources, accountId: this.deps.accountId, exportValue: (name) => this.deps.exportValue(name, stack.region) });
    }
    provisionContext(stack, logicalId, nameInUse) {
        // One generated name per resource operation: the ARN authorised before a create is the one it gets.
        const generated = new Map();
        const generatedName = (maxLength, suffix = '') => {
            const key = `${maxLength}/${suffix}`;
            if (!generated.has(key))
                generated.set(key, nameInUse ?? generatePhysicalName(stack.StackName, logicalId, maxLength, suffix));
            return generated.get(key);
        };
        return {
            backends: this.deps.backends(),
            logGroups: this.deps.logGroups,
            region: stack.region,
            accountId: this.deps.accountId,
            stackName: stack.StackName,
            logicalId,
            stackTags: tagRecord(stack.tags),
            generatedName,
            deadline: Date.now() + RESOURCE_DEADLINE_MS,
            roleRetry: { deadline: Date.now() + ROLE_RETRY_SECONDS * 1000 * this.deps.timeScale, timeScale: this.deps.timeScale },
        };
    }
    // ---- single resources ----
    /** Creates one resource into `resources[logicalId]`; false when it failed (CREATE_FAILED recorded). */
    async createResource(stack, template, logicalId, ctx, resources, nameInUse) {
        const def = template.Resources[logicalId];
        const record = { logicalId, type: def.Type, attributes: {}, properties: {}, status: 'CREATE_IN_PROGRESS', updated: this.now() };
        resources[logicalId] = record;
        this.setResourceStatus(stack, record, 'CREATE_IN_PROGRESS');
        try {
            const provisioner = provisioners.get(def.Type);
            if (!provisioner)
                throw new ResourceFailure(`Unsupported resource type ${def.Type}`);
            try {
                record.properties = resolveProperties(template, logicalId, ctx);
            }
            catch (error) {
                throw asResourceFailure(error);
            }
            const provisionContext = this.provisionContext(stack, logicalId, nameInUse);
            authorizeHandler(this.deps.authority(stack), 'create', { type: def.Type, resourceArn: provisioner.arnFor(record.properties, provisionContext), properties: record.properties });
            const created = await provisioner.create(record.properties, provisionContext);
            this.apply(record, created);
            this.setResourceStatus(stack, record, 'CREATE_IN_PROGRESS', 'Resource creation Initiated');
            this.setResourceStatus(stack, record, 'CREATE_COMPLETE');
            return true;
        }
        catch (error) {
            this.setResourceStatus(stack, record, 'CREATE_FAILED', reasonOf(error, record.type));
            return false;
        }
    }
    apply(record, provisioned) {
        record.physicalId = provisioned.physicalId;
        record.attributes = provisioned.attributes;
    }
    /** Deletes one resource (its record stays, DELETE_COMPLETE); false when the backend refused. */
    async deleteResource(stack, record, retain = false) {
        if (record.status === 'DELETE_COMPLETE' || record.status === 'DELETE_SKIPPED')
            return true;
        if (retain) {
            this.setResourceStatus(stack, record, 'DELETE_SKIPPED');
            return true;
        }
        this.setResourceStatus(stack, record, 'DELETE_IN_PROGRESS');
        const provisioner = provisioners.get(record.type);
        try {
            if (provisioner && record.physicalId) {
                authorizeHandler(this.deps.authority(stack), 'delete', { type: record.type, resourceArn: resourceArnOf(record), properties: record.properties });
                await provisioner.delete({ physicalId: record.physicalId, attributes: record.attributes }, this.provisionContext(stack, record.logicalId));
            }
            this.setResourceStatus(stack, record, 'DELETE_COMPLETE');
            return true;
        }
        catch (error) {
            this.setResourceStatus(stack, record, 'DELETE_FAILED', reasonOf(error, record.type));
            return false;
        }
    }
    /** Changes a resource in place (or re-creates it under the same name when its type has no in-place update). */
    async modifyResource(stack, record, next) {
        const provisioner = provisioners.get(record.type);
        if (!provisioner || !record.physicalId)
            throw new ResourceFailure(`Unsupported resource type ${record.type}`);
        const current = { physicalId: record.physicalId, attributes: record.attributes };
        const ctx = this.provisionContext(stack, record.logicalId, existingName(record));
        authorizeHandler(this.deps.authority(stack), 'update', { type: record.type, resourceArn: resourceArnOf(record), properties: next });
        const updated = provisioner.update
            ? await provisioner.update(current, record.properties, next, ctx)
            : await provisioner.delete(current, ctx).then(() => provisioner.create(next, ctx));
        this.apply(record, updated);
        record.properties = next;
    }
    /** Deletes resources in the reverse of the template's dependency order; the logical ids that failed. */
    async deleteInReverse(stack, templateBody, records, retainByPolicy = true) {
        let order = [];
        try {
            order = creationOrder(parseTemplateText(templateBody));
        }
        catch {
            // A template that no longer parses (should not happen): fall back to the records' own order.
        }
        const rank = (r) => order.indexOf(r.logicalId);
        const sorted = [...records].sort((a, b) => rank(b) - rank(a));
        const template = safeParse(templateBody);
        const failed = [];
        for (const record of sorted) {
            const retain = retainByPolicy && template?.Resources[record.logicalId]?.DeletionPolicy === 'Retain' && isLive(record);
            if (!(await this.deleteResource(stack, record, retain)))
                failed.push(record.logicalId);
        }
        return failed;
    }
    // ---- stack operations ----
    async create(stack, template) {
        this.setStackStatus(stack, 'CREATE_IN_PROGRESS', 'User Initiated');
        let failure;
        try {
            const ctx = this.context(stack, template, stack.parameters, stack.resources);
            for (const id of orderedResources(template, ctx)) {
                if (!(await this.createResource(stack, template, id, ctx, stack.resources))) {
                    failure = `The following resource(s) failed to create: [${id}]. `;
                    break;
                }
            }
            if (!failure)
                stack.outputs = resolveOutputs(template, ctx);
        }
        catch (error) {
            failure = error.message;
        }
        if (!failure) {
            this.setStackStatus(stack, 'CREATE_COMPLETE');
            return;
        }
        const created = Object.values(stack.resources);
        if (stack.onFailure === 'DO_NOTHING') {
            this.setStackStatus(stack, 'CREATE_FAILED', failure);
        }
        else if (stack.onFailure === 'DELETE') {
            this.setStackStatus(stack, 'CREATE_FAILED', failure);
            await this.delete(stack, `${failure}Delete requested by user.`);
        }
        else {
            const reason = `${failure}Rollback requested by user.`;
            this.setStackStatus(stack, 'ROLLBACK_IN_PROGRESS', reason);
            const failedDeletes = await this.deleteInReverse(stack, stack.templateBody, created, false);
            if (failedDeletes.length > 0)
                this.setStackStatus(stack, 'ROLLBACK_FAILED', `The following resource(s) failed to delete: [${failedDeletes.join(', ')}]. `);
            else
                this.setStackStatus(stack, 'ROLLBACK_COMPLETE', undefined, reason);
        }
    }
    async delete(stack, reason = 'User Initiated') {
        this.setStackStatus(stack, 'DELETE_IN_PROGRESS', reason);
        const failed = await this.deleteInReverse(stack, stack.templateBody, Object.values(stack.resources));
        if (failed.length > 0) {
            this.setStackStatus(stack, 'DELETE_FAILED', `The following resource(s) failed to delete: [${failed.join(', ')}]. `);
            return;
        }
        stack.DeletionTime = this.now();
        stack.outputs = [];
        this.setStackStatus(stack, 'DELETE_COMPLETE');
    }
    /** Applies a new template (and parameters/tags) to an existing stack; rolls back to the previous one on failure. */
    async update(stack, templateBody, parameters, tags, capabilities) {
        const previous = structuredClone({ templateBody: stack.templateBody, parameters: stack.parameters, resources: stack.resources, outputs: stack.outputs, tags: stack.tags });
        const template = parseTemplateText(templateBody);
        Object.assign(stack, { templateBody, parameters, tags, capabilities, Description: template.Description, LastUpdatedTime: this.now() });
        this.setStackStatus(stack, 'UPDATE_IN_PROGRESS', 'User Initiated');
        const resources = stack.resources;
        const steps = [];
        let failure;
        let wanted = [];
        try {
            const ctx = this.context(stack, template, parameters, resources);
            wanted = orderedResources(template, ctx);
            for (const id of wanted) {
                const def = template.Resources[id];
                const old = resources[id];
                if (!isLive(old)) {
                    steps.push({ id, kind: 'created' });
                    if (!(await this.createResource(stack, template, id, ctx, resources))) {
                        failure = `The following resource(s) failed to create: [${id}]. `;
                        break;
                    }
                    continue;
                }
                let next;
                try {
                    next = resolveProperties(template, id, ctx);
                }
                catch (error) {
                    this.setResourceStatus(stack, old, 'UPDATE_FAILED', asResourceFailure(error).message);
                    failure = `The following resource(s) failed to update: [${id}]. `;
                    break;
                }
                const changed = old.type === def.Type ? changedProperties(old.properties, next) : ['Type'];
                if (changed.length === 0)
                    continue;
                const provisioner = provisioners.get(def.Type);
                if (needsReplacement(old.type, def.Type, changed)) {
                    const customName = provisioner && next[provisioner.nameProperty] !== undefined ? String(next[provisioner.nameProperty]) : undefined;
                    if (customName !== undefined && customName === existingName(old)) {
                        this.setResourceStatus(stack, old, 'UPDATE_FAILED', `CloudFormation cannot update a stack when a custom-named resource requires replacing. Rename ${customName} and update the stack again.`);
                        failure = `The following resource(s) failed to update: [${id}]. `;
                        break;
                    }
                    this.setResourceStatus(stack, old, 'UPDATE_IN_PROGRESS', 'Requested update requires the creation of a new physical resource; hence creating one.');
                    steps.push({ id, kind: 'replaced', replaced: old });
                    if (!(await this.createResource(stack, template, id, ctx, resources))) {
                        failure = `The following resource(s) failed to update: [${id}]. `;
                        break;
                    }
                    continue;
                }
                steps.push({ id, kind: 'modified', before: structuredClone(old) });
                this.setResourceStatus(stack, old, 'UPDATE_IN_PROGRESS');
                try {
                    await this.modifyResource(stack, old, next);
                    this.setResourceStatus(stack, old, 'UPDATE_COMPLETE');
                }
                catch (error) {
                    this.setResourceStatus(stack, old, 'UPDATE_FAILED', reasonOf(error, old.type));
                    failure = `The following resource(s) failed to update: [${id}]. `;
                    break;
                }
            }
            if (!failure)
                stack.outputs = resolveOutputs(template, ctx);
        }
        catch (error) {
            failure ??= error.message;
        }
        if (!failure) {
            this.setStackStatus(stack, 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS');
            const removed = Object.values(previous.resources).filter((r) => isLive(r) && !wanted.includes(r.logicalId)).map((r) => resources[r.logicalId]);
            const replaced = steps.flatMap((s) => (s.replaced ? [s.replaced] : []));
            await this.deleteInReverse(stack, previous.templateBody, [...removed, ...replaced]);
            for (const record of removed)
                delete resources[record.logicalId];
            this.setStackStatus(stack, 'UPDATE_COMPLETE');
            return;
        }
        await this.rollbackUpdate(stack, previous, steps, failure);
    }
    async rollbackUpdate(stack, previous, steps, failure) {
        this.setStackStatus(stack, 'UPDATE_ROLLBACK_IN_PROGRESS', failure);
        const resources = stack.resources;
        const cleanup = [];
        let rollbackFailed = false;
        for (const step of [...steps].reverse()) {
            const current = resources[step.id];
            if (step.kind === 'created') {
                cleanup.push(current);
            }
            else if (step.kind === 'replaced' && step.replaced) {
                cleanup.push(current);
                resources[step.id] = step.replaced;
                this.setResourceStatus(stack, step.replaced, 'UPDATE_COMPLETE');
            }
            else if (step.kind === 'modified' && step.before) {
                this.setResourceStatus(stack, current, 'UPDATE_IN_PROGRESS');
                try {
                    await this.modifyResource(stack, current, step.before.properties);
                    this.setResourceStatus(stack, current, 'UPDATE_COMPLETE');
                }
                catch (error) {
                    this.setResourceStatus(stack, current, 'UPDATE_FAILED', reasonOf(error, current.type));
                    rollbackFailed = true;
                }
            }
        }
        Object.assign(stack, { templateBody: previous.templateBody, parameters: previous.parameters, outputs: previous.outputs, tags: previous.tags });
        stack.Description = safeParse(previous.templateBody)?.Description;
        this.setStackStatus(stack, 'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS');
        const failedDeletes = await this.deleteInReverse(stack, stack.templateBody, cleanup, false);
        for (const record of cleanup)
            if (resources[record.logicalId] === record)
                delete resources[record.logicalId];
        if (rollbackFailed || failedDeletes.length > 0)
            this.setStackStatus(stack, 'UPDATE_ROLLBACK_FAILED', failure);
        else
            this.setStackStatus(stack, 'UPDATE_ROLLBACK_COMPLETE', undefined, failure);
    }
}
function safeParse(body) {
    try {
        return parseTemplateText(body);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/model.ts
const IN_PROGRESS = /_IN_PROGRESS$/;

;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/log-groups.ts
// CloudWatch Logs log groups as CloudFormation keeps them. The endpoint offers no CloudWatch Logs API,
// so the log groups a stack declares live here, in CloudFormation's own persisted state.

class LogGroupStore {
    changed;
    groups = new Map();
    constructor(changed = () => undefined) {
        this.changed = changed;
    }
    key(name, region) {
        return `${region}\u0000${name}`;
    }
    get(name, region) {
        return this.groups.get(this.key(name, region));
    }
    list(region) {
        return [...this.groups.values()].filter((g) => region === undefined || g.region === region);
    }
    /** Adds a log group; the caller has made sure the name is free. */
    create(name, region, accountId, retentionInDays, tags) {
        const record = {
            name,
            region,
            arn: `arn:${partitionOf(region).name}:logs:${region}:${accountId}:log-group:${name}:*`,
            retentionInDays,
            tags,
            creationTime: Date.now(),
        };
        this.groups.set(this.key(name, region), record);
        this.changed();
        return record;
    }
    update(name, region, change) {
        const record = this.get(name, region);
        if (!record)
            return undefined;
        record.retentionInDays = change.retentionInDays;
        record.tags = change.tags;
        this.changed();
        return record;
    }
    /** True when there was one to delete. */
    delete(name, region) {
        const deleted = this.groups.delete(this.key(name, region));
        if (deleted)
            this.changed();
        return deleted;
    }
    snapshot() {
        return [...this.groups.values()];
    }
    restore(records) {
        this.groups = new Map((records ?? []).map((r) => [this.key(r.name, r.region), r]));
    }
}

;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/service-role.ts
// A stack's service role (RoleARN): CloudFormation acts as it instead of the caller. The caller must be
// allowed iam:PassRole on it, and its trust policy must let cloudformation.amazonaws.com assume it
// ("AWS CloudFormation service role", CloudFormation User Guide:
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-iam-servicerole.html).



const CLOUDFORMATION_PRINCIPAL = 'cloudformation.amazonaws.com';
/** The session name CloudFormation gives the role it assumes (as AWS's messages show it). */
const CLOUDFORMATION_SESSION = 'AWSCloudFormation';
/** The user a --caller-policy describes (the request gate names the caller the same way). */
const CALLER_USER_NAME = 'local-caller';
function callerArn(accountId, region) {
    return `arn:${partitionOf(region).name}:iam::${accountId}:user/${CALLER_USER_NAME}`;
}
/**
 * Whom the engine authorises each handler's permissions against: the stack's service role when it has
 * one, else the caller's policy; undefined (nothing checked) with neither, as before caller policies.
 */
function authorityFor(iam, roleArn, callerPolicy, accountId, region) {
    if (roleArn) {
        const roleName = roleArn.slice(roleArn.lastIndexOf('/') + 1);
        return {
            arn: `arn:${partitionOf(region).name}:sts::${accountId}:assumed-role/${roleName}/${CLOUDFORMATION_SESSION}`,
            // The role as IAM has propagated it: inline and attached managed policies; a role deleted since grants nothing.
            policies: iam.effectivePolicies(roleArn),
        };
    }
    if (callerPolicy === undefined)
        return undefined;
    return { arn: callerArn(accountId, region), policies: [callerPolicy] };
}
/**
 * The checks CreateStack, UpdateStack, CreateChangeSet and DeleteStack make on a RoleARN before any work:
 * the caller may pass it (iam:PassRole, with iam:PassedToService), and CloudFormation can assume it.
 */
function checkServiceRole(iam, roleArn, callerPolicy, accountId, region) {
    if (!/^arn:aws[\w-]*:iam::\d{12}:role\/.+/.test(roleArn)) {
        throw new types/* AwsError */.Gy('ValidationError', `1 validation error detected: Value '${roleArn}' at 'roleARN' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:.+:iam::[0-9]{12}:role/.*`);
    }
    if (callerPolicy !== undefined) {
        const decision = (0,evaluate/* evaluatePolicies */.mY)([callerPolicy], { action: 'iam:PassRole', resource: roleArn, context: { 'iam:PassedToService': CLOUDFORMATION_PRINCIPAL } });
        if (decision !== 'Allow') {
            const why = decision === 'ExplicitDeny' ? 'with an explicit deny in an identity-based policy' : 'because no identity-based policy allows the iam:PassRole action';
            throw new types/* AwsError */.Gy('AccessDenied', `User: ${callerArn(accountId, region)} is not authorized to perform: iam:PassRole on resource: ${roleArn} ${why}`, 403);
        }
    }
    // As propagated: a role made a moment ago cannot be assumed yet (strict mode), as on AWS.
    const trusted = iam.checkAssumable(roleArn, CLOUDFORMATION_PRINCIPAL, { 'aws:SourceAccount': accountId, 'aws:RequestedRegion': region });
    if (!trusted)
        throw new types/* AwsError */.Gy('ValidationError', `Role ${roleArn} is invalid or cannot be assumed`);
}

;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/plan.ts

/**
 * Changes from the stack as it is to `template` with `parameters`. Resources not created yet (or to be
 * replaced) resolve to placeholders, so what refers to them shows as modified too.
 */
function planChanges(stack, template, parameters, accountId, exportValue) {
    const pending = new Set();
    const live = {};
    for (const [id, record] of Object.entries(stack.resources))
        if (isLive(record))
            live[id] = record;
    const visible = new Proxy(live, { get: (target, id) => (pending.has(id) ? undefined : target[id]) });
    const ctx = stackResolveContext({ stack, template, parameters, resources: visible, accountId, exportValue, unknown: (name) => `{{pending:${name}}}` });
    const changes = [];
    const wanted = orderedResources(template, ctx);
    for (const id of wanted) {
        const def = template.Resources[id];
        const old = live[id];
        if (!old) {
            pending.add(id);
            changes.push({ Action: 'Add', LogicalResourceId: id, ResourceType: def.Type, Scope: [] });
            continue;
        }
        const changed = old.type === def.Type ? changedProperties(old.properties, resolveProperties(template, id, ctx)) : ['Type'];
        if (changed.length === 0)
            continue;
        const replace = needsReplacement(old.type, def.Type, changed);
        if (replace)
            pending.add(id);
        changes.push({
            Action: 'Modify', LogicalResourceId: id, PhysicalResourceId: old.physicalId, ResourceType: def.Type,
            Replacement: replace ? 'True' : 'False', Scope: ['Properties'], ChangedProperties: changed,
        });
    }
    for (const [id, old] of Object.entries(live)) {
        if (!wanted.includes(id))
            changes.push({ Action: 'Remove', LogicalResourceId: id, PhysicalResourceId: old.physicalId, ResourceType: old.type, Scope: [] });
    }
    return changes;
}

;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/stacks.ts
// The CloudFormation model: stacks, change sets and the rules on which operation is allowed when.
// Each operation validates synchronously (errors go back to the caller), then its work runs in the
// background so the caller sees *_IN_PROGRESS first, as on AWS.












const NO_CHANGES = "The submitted information didn't contain changes. Submit different information to create a change set.";
function stacks_validation(message) {
    return new types/* AwsError */.Gy('ValidationError', message);
}
/** Statuses from which UpdateStack / an UPDATE change set may start. */
const UPDATABLE = new Set(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'UPDATE_ROLLBACK_COMPLETE', 'IMPORT_COMPLETE', 'IMPORT_ROLLBACK_COMPLETE']);
/** The status a stack is left in when its operation stops half-way (each allows DeleteStack). */
function interruptedStatus(status) {
    if (status.startsWith('UPDATE'))
        return 'UPDATE_ROLLBACK_FAILED';
    if (status.startsWith('ROLLBACK'))
        return 'ROLLBACK_FAILED';
    if (status.startsWith('DELETE'))
        return 'DELETE_FAILED';
    return 'CREATE_FAILED';
}
/** GetAtt names are checked before any work starts (for the types we know). */
function checkTemplate(template) {
    dependencies(template);
    const check = (value) => {
        if (Array.isArray(value))
            return value.forEach(check);
        if (!value || typeof value !== 'object')
            return;
        const record = value;
        const getAtt = record['Fn::GetAtt'];
        if (Array.isArray(getAtt) && typeof getAtt[0] === 'string' && typeof getAtt[1] === 'string') {
            const type = template.Resources[getAtt[0]]?.Type;
            const provisioner = type ? provisioners.get(type) : undefined;
            if (!type)
                throw stacks_validation(`Template error: instance of Fn::GetAtt references undefined resource ${getAtt[0]}`);
            if (provisioner && !provisioner.attributes.includes(getAtt[1]))
                throw stacks_validation(`Template error: resource ${getAtt[0]} does not support attribute type ${getAtt[1]} in Fn::GetAtt`);
        }
        Object.values(record).forEach(check);
    };
    check(template.Resources);
    check(template.Outputs ?? {});
}
class StackStore {
    options;
    stacks = [];
    engine;
    /** Background work per stack id, chained so operations on one stack never overlap. */
    work = new Map();
    pendingDeletes = new Set();
    /** Log groups stacks declare (CloudFormation keeps them: the endpoint has no CloudWatch Logs API). */
    logGroups;
    constructor(options) {
        this.options = options;
        this.logGroups = new LogGroupStore(options.changed);
        this.engine = new StackEngine({
            accountId: options.accountId,
            backends: options.backends,
            logGroups: this.logGroups,
            changed: options.changed,
            exportValue: (name, region) => this.exportValue(name, region),
            timeScale: options.timeScale ?? 1,
            authority: (stack) => authorityFor(options.backends().iam, stack.roleArn, options.callerPolicy, options.accountId, stack.region),
        });
    }
    // ---- lookup ----
    /**
     * A stack by name (not deleted) or by stack id (deleted ones too). Stacks are regional, as on AWS: with a
     * region, only that region's stacks are seen (the same name may be used in another region).
     */
    find(nameOrId, region) {
        const stacks = this.list(region);
        if (nameOrId.startsWith('arn:'))
            return stacks.find((s) => s.StackId === nameOrId);
        return stacks.find((s) => s.StackName === nameOrId && s.StackStatus !== 'DELETE_COMPLETE');
    }
    get(nameOrId, region) {
        const stack = this.find(nameOrId, region);
        if (!stack)
            throw stacks_validation(`Stack with id ${nameOrId} does not exist`);
        return stack;
    }
    list(region) {
        return this.stacks.filter((s) => region === undefined || s.region === region);
    }
    /** Exports are regional too: Fn::ImportValue sees the exports of the importing stack's region. */
    exportValue(name, region) {
        for (const stack of this.list(region)) {
            if (stack.StackStatus === 'DELETE_COMPLETE')
                continue;
            const output = stack.outputs.find((o) => o.ExportName === name);
            if (output)
                return output.OutputValue;
        }
        return undefined;
    }
    plan(stack, template, parameters) {
        return planChanges(stack, template, parameters, this.options.accountId, (name) => this.exportValue(name, stack.region));
    }
    // ---- background work ----
    schedule(stack, job) {
        const previous = this.work.get(stack.StackId) ?? Promise.resolve();
        const next = previous
            // setImmediate: the API call answers before the first status change.
            .then(() => new Promise((resolve) => setImmediate(resolve)))
            .then(job)
            .catch((error) => {
            // A bug in the engine must not leave the stack IN_PROGRESS forever: fail it with the reason.
            if (IN_PROGRESS.test(stack.StackStatus))
                this.engine.setStackStatus(stack, interruptedStatus(stack.StackStatus), `Internal error: ${error.message}`);
        });
        this.work.set(stack.StackId, next);
        void next.finally(() => {
            if (this.work.get(stack.StackId) === next)
                this.work.delete(stack.StackId);
        });
    }
    /** Resolves when no stack has work in flight (tests, shutdown). */
    async idle() {
        while (this.work.size > 0)
            await Promise.all([...this.work.values()]);
    }
    // ---- template helpers ----
    templateFor(input, stack) {
        if (input.UsePreviousTemplate) {
            if (!stack)
                throw stacks_validation('UsePreviousTemplate can only be used with an existing stack');
            return { body: stack.templateBody, template: parseTemplateText(stack.templateBody) };
        }
        if (input.TemplateBody === undefined)
            throw stacks_validation('Either Template URL or Template Body must be specified.');
        const template = parseTemplateText(input.TemplateBody);
        checkTemplate(template);
        return { body: input.TemplateBody, template };
    }
    newStack(input, template, body, parameters, status) {
        const stack = {
            StackId: arn('cloudformation', input.region, this.options.accountId, `stack/${input.StackName}/${(0,external_node_crypto_.randomUUID)()}`),
            StackName: input.StackName,
            Description: template.Description,
            StackStatus: status,
            CreationTime: new Date().toISOString(),
            templateBody: body,
            parameters,
            capabilities: input.Capabilities,
            tags: input.Tags ?? [],
            onFailure: 'ROLLBACK',
            outputs: [],
            resources: {},
            events: [],
            changeSets: [],
            region: input.region,
        };
        this.stacks.push(stack);
        this.options.changed();
        return stack;
    }
    /** A RoleARN given with an operation: the caller may pass it and CloudFormation can assume it. */
    checkRole(roleArn, region) {
        if (roleArn !== undefined)
            checkServiceRole(this.options.backends().iam, roleArn, this.options.callerPolicy, this.options.accountId, region);
    }
    checkName(name) {
        if (!/^[A-Za-z][-A-Za-z0-9]{0,127}$/.test(name)) {
            throw stacks_validation(`1 validation error detected: Value '${name}' at 'stackName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*`);
        }
    }
    // ---- stack operations ----
    createStack(input) {
        this.checkName(input.StackName);
        if (this.find(input.StackName, input.region))
            throw new types/* AwsError */.Gy('AlreadyExistsException', `Stack [${input.StackName}] already exists`);
        const { body, template } = this.templateFor(input);
        const parameters = effectiveParameters(template, input.Parameters);
        checkCapabilities(template, input.Capabilities);
        if (input.OnFailure && input.DisableRollback !== undefined)
            throw stacks_validation('You cannot specify both DisableRollback and OnFailure.');
        this.checkRole(input.RoleARN, input.region);
        const stack = this.newStack(input, template, body, parameters, 'CREATE_IN_PROGRESS');
        stack.roleArn = input.RoleARN;
        stack.onFailure = input.DisableRollback ? 'DO_NOTHING' : input.OnFailure === 'DELETE' ? 'DELETE' : input.OnFailure === 'DO_NOTHING' ? 'DO_NOTHING' : 'ROLLBACK';
        this.schedule(stack, () => this.engine.create(stack, template));
        return stack;
    }
    checkUpdatable(stack) {
        if (!UPDATABLE.has(stack.StackStatus)) {
            throw stacks_validation(`Stack:${stack.StackId} is in ${stack.StackStatus} state and can not be updated.`);
        }
    }
    updateStack(input) {
        const stack = this.get(input.StackName, input.region);
        this.checkUpdatable(stack);
        const { body, template } = this.templateFor(input, stack);
        const parameters = effectiveParameters(template, input.Parameters, stack.parameters);
        checkCapabilities(template, input.Capabilities);
        const tags = input.Tags ?? stack.tags;
        if (!this.hasChanges(stack, template, body, parameters, tags))
            throw stacks_validation('No updates are to be performed.');
        this.checkRole(input.RoleARN, input.region);
        // Without a RoleARN the stack keeps the role it has (a service role cannot be removed from a stack).
        if (input.RoleARN)
            stack.roleArn = input.RoleARN;
        stack.StackStatus = 'UPDATE_IN_PROGRESS';
        // Change sets computed against the stack as it was no longer apply.
        for (const changeSet of stack.changeSets)
            if (changeSet.ExecutionStatus === 'AVAILABLE')
                changeSet.ExecutionStatus = 'OBSOLETE';
        this.schedule(stack, () => this.engine.update(stack, body, parameters, tags, input.Capabilities));
        return stack;
    }
    /** Whether applying the template would change anything (resources, outputs, parameters, tags, description). */
    hasChanges(stack, template, body, parameters, tags) {
        if (this.plan(stack, template, parameters).length > 0)
            return true;
        if (JSON.stringify(tags) !== JSON.stringify(stack.tags))
            return true;
        if (body === stack.templateBody)
            return JSON.stringify(parameters) !== JSON.stringify(stack.parameters);
        const previous = parseTemplateText(stack.templateBody);
        return JSON.stringify(previous.Outputs ?? {}) !== JSON.stringify(template.Outputs ?? {}) || previous.Description !== template.Description;
    }
    deleteStack(nameOrId, roleArn, region) {
        const stack = this.find(nameOrId, region);
        if (!stack || stack.StackStatus === 'DELETE_COMPLETE' || stack.StackStatus === 'DELETE_IN_PROGRESS')
            return;
        this.checkRole(roleArn, stack.region);
        if (roleArn)
            stack.roleArn = roleArn;
        if (stack.StackStatus === 'REVIEW_IN_PROGRESS') {
            // Nothing was created yet: the stack goes straight away, with its change sets.
            stack.changeSets = [];
            stack.StackStatus = 'DELETE_IN_PROGRESS';
        }
        // Queued behind any operation in flight; a second DeleteStack before this one runs changes nothing.
        if (this.pendingDeletes.has(stack.StackId))
            return;
        this.pendingDeletes.add(stack.StackId);
        this.schedule(stack, async () => {
            this.pendingDeletes.delete(stack.StackId);
            if (stack.StackStatus !== 'DELETE_COMPLETE')
                await this.engine.delete(stack);
        });
    }
    /** The stack holding a resource with this physical id. */
    findByPhysicalId(physicalId, region) {
        return this.list(region).find((s) => s.StackStatus !== 'DELETE_COMPLETE' && Object.values(s.resources).some((r) => r.physicalId === physicalId));
    }
    // ---- change sets ----
    createChangeSet(input) {
        if (!/^[A-Za-z][-A-Za-z0-9]{0,127}$/.test(input.ChangeSetName)) {
            throw stacks_validation(`1 validation error detected: Value '${input.ChangeSetName}' at 'changeSetName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*`);
        }
        const type = (input.ChangeSetType ?? 'UPDATE');
        if (type !== 'CREATE' && type !== 'UPDATE')
            throw stacks_validation(`ChangeSetType ${type} is not supported by the local endpoint`);
        let stack = this.find(input.StackName, input.region);
        if (type === 'CREATE' && stack && stack.StackStatus !== 'REVIEW_IN_PROGRESS') {
            throw stacks_validation(`Stack [${input.StackName}] already exists and cannot be created again with the changeSet [${input.ChangeSetName}].`);
        }
        if (type === 'UPDATE') {
            if (!stack)
                throw stacks_validation(`Stack [${input.StackName}] does not exist`);
            if (stack.StackStatus === 'REVIEW_IN_PROGRESS')
                throw stacks_validation(`Stack [${input.StackName}] does not exist`);
            this.checkUpdatable(stack);
        }
        if (stack?.changeSets.some((c) => c.ChangeSetName === input.ChangeSetName)) {
            throw new types/* AwsError */.Gy('AlreadyExistsException', `ChangeSet ${input.ChangeSetName} cannot be created due to a mismatch with existing attribute Template`);
        }
        if (!stack)
            this.checkName(input.StackName);
        const { body, template } = this.templateFor(input, stack);
        const parameters = effectiveParameters(template, input.Parameters, stack?.parameters);
        checkCapabilities(template, input.Capabilities);
        this.checkRole(input.RoleARN, input.region);
        stack ??= this.newStack(input, template, body, {}, 'REVIEW_IN_PROGRESS');
        if (type === 'CREATE' && stack.events.length === 0)
            this.engine.setStackStatus(stack, 'REVIEW_IN_PROGRESS', 'User Initiated');
        const changeSet = {
            ChangeSetId: arn('cloudformation', input.region, this.options.accountId, `changeSet/${input.ChangeSetName}/${(0,external_node_crypto_.randomUUID)()}`),
            ChangeSetName: input.ChangeSetName,
            ChangeSetType: type,
            StackId: stack.StackId,
            StackName: stack.StackName,
            Description: input.Description,
            Status: 'CREATE_PENDING',
            ExecutionStatus: 'UNAVAILABLE',
            CreationTime: new Date().toISOString(),
            templateBody: body,
            parameters,
            capabilities: input.Capabilities,
            tags: input.Tags ?? stack.tags,
            changes: [],
            roleArn: input.RoleARN,
        };
        stack.changeSets.push(changeSet);
        this.options.changed();
        const target = stack;
        setImmediate(() => this.computeChangeSet(target, changeSet, template));
        return changeSet;
    }
    computeChangeSet(stack, changeSet, template) {
        try {
            changeSet.changes = this.plan(stack, template, changeSet.parameters);
            const changed = changeSet.ChangeSetType === 'CREATE' || this.hasChanges(stack, template, changeSet.templateBody, changeSet.parameters, changeSet.tags);
            if (changed) {
                changeSet.Status = 'CREATE_COMPLETE';
                changeSet.ExecutionStatus = 'AVAILABLE';
            }
            else {
                changeSet.Status = 'FAILED';
                changeSet.StatusReason = NO_CHANGES;
            }
        }
        catch (error) {
            changeSet.Status = 'FAILED';
            changeSet.StatusReason = error.message;
        }
        this.options.changed();
    }
    /** A change set by ARN, or by name within a stack. */
    findChangeSet(nameOrArn, stackName, region) {
        const notFound = new types/* AwsError */.Gy('ChangeSetNotFound', `ChangeSet [${nameOrArn}] does not exist`, 404);
        if (nameOrArn.startsWith('arn:')) {
            for (const stack of this.list(region)) {
                const changeSet = stack.changeSets.find((c) => c.ChangeSetId === nameOrArn);
                if (changeSet)
                    return { stack, changeSet };
            }
            throw notFound;
        }
        if (!stackName)
            throw stacks_validation('StackName must be specified if ChangeSetName is not specified as an ARN.');
        const stack = this.find(stackName, region);
        if (!stack)
            throw stacks_validation(`Stack [${stackName}] does not exist`);
        const changeSet = stack.changeSets.find((c) => c.ChangeSetName === nameOrArn);
        if (!changeSet)
            throw notFound;
        return { stack, changeSet };
    }
    executeChangeSet(nameOrArn, stackName, region) {
        const { stack, changeSet } = this.findChangeSet(nameOrArn, stackName, region);
        if (changeSet.ExecutionStatus !== 'AVAILABLE') {
            throw new types/* AwsError */.Gy('InvalidChangeSetStatus', `ChangeSet [${changeSet.ChangeSetId}] cannot be executed in its current execution status of [${changeSet.ExecutionStatus}]`);
        }
        if (changeSet.ChangeSetType === 'UPDATE' && !UPDATABLE.has(stack.StackStatus)) {
            throw new types/* AwsError */.Gy('InvalidChangeSetStatus', `ChangeSet [${changeSet.ChangeSetId}] cannot be executed while the stack is in ${stack.StackStatus}`);
        }
        // Executing one change set makes the stack's other change sets obsolete; AWS removes them.
        stack.changeSets = [changeSet];
        changeSet.ExecutionStatus = 'EXECUTE_IN_PROGRESS';
        if (changeSet.roleArn)
            stack.roleArn = changeSet.roleArn;
        const template = parseTemplateText(changeSet.templateBody);
        if (changeSet.ChangeSetType === 'CREATE') {
            Object.assign(stack, { templateBody: changeSet.templateBody, parameters: changeSet.parameters, capabilities: changeSet.capabilities, tags: changeSet.tags, Description: template.Description });
            stack.StackStatus = 'CREATE_IN_PROGRESS';
            this.schedule(stack, async () => {
                await this.engine.create(stack, template);
                changeSet.ExecutionStatus = stack.StackStatus === 'CREATE_COMPLETE' ? 'EXECUTE_COMPLETE' : 'EXECUTE_FAILED';
            });
        }
        else {
            stack.StackStatus = 'UPDATE_IN_PROGRESS';
            this.schedule(stack, async () => {
                await this.engine.update(stack, changeSet.templateBody, changeSet.parameters, changeSet.tags, changeSet.capabilities);
                changeSet.ExecutionStatus = stack.StackStatus === 'UPDATE_COMPLETE' ? 'EXECUTE_COMPLETE' : 'EXECUTE_FAILED';
            });
        }
        this.options.changed();
    }
    deleteChangeSet(nameOrArn, stackName, region) {
        const { stack, changeSet } = this.findChangeSet(nameOrArn, stackName, region);
        if (changeSet.ExecutionStatus === 'EXECUTE_IN_PROGRESS') {
            throw new types/* AwsError */.Gy('InvalidChangeSetStatus', `ChangeSet [${changeSet.ChangeSetId}] cannot be deleted in its current execution status of [EXECUTE_IN_PROGRESS]`);
        }
        stack.changeSets = stack.changeSets.filter((c) => c !== changeSet);
        this.options.changed();
    }
    // ---- templates ----
    validateTemplate(body) {
        if (body === undefined)
            throw stacks_validation('Either Template URL or Template Body must be specified.');
        const template = parseTemplateText(body);
        checkTemplate(template);
        const need = requiredCapabilities(template);
        return { template, capability: need.capability, capabilityTypes: need.resourceTypes };
    }
    // ---- persistence ----
    snapshot() {
        return { stacks: this.stacks, logGroups: this.logGroups.snapshot() };
    }
    restore(snapshot) {
        const stacks = snapshot?.stacks ?? [];
        this.logGroups.restore(snapshot?.logGroups);
        // Work that was in flight when the endpoint stopped cannot resume: record it as failed, so the stack can be deleted.
        for (const stack of stacks) {
            for (const changeSet of stack.changeSets) {
                if (changeSet.Status === 'CREATE_PENDING' || changeSet.Status === 'CREATE_IN_PROGRESS') {
                    Object.assign(changeSet, { Status: 'FAILED', StatusReason: 'The local endpoint stopped while this change set was being created.' });
                }
            }
            if (IN_PROGRESS.test(stack.StackStatus) && stack.StackStatus !== 'REVIEW_IN_PROGRESS') {
                const failed = interruptedStatus(stack.StackStatus);
                stack.StackStatus = failed;
                stack.StackStatusReason = 'The local endpoint stopped while this operation was in progress.';
                stack.events.push({
                    EventId: (0,external_node_crypto_.randomUUID)(), StackId: stack.StackId, StackName: stack.StackName, LogicalResourceId: stack.StackName, PhysicalResourceId: stack.StackId,
                    ResourceType: STACK_TYPE, Timestamp: new Date().toISOString(), ResourceStatus: failed, ResourceStatusReason: stack.StackStatusReason,
                });
            }
        }
        this.stacks = stacks;
    }
}

// EXTERNAL MODULE: ./src/endpoint/protocol/query.ts
var query = __webpack_require__(24886);
;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/wire.ts
// CloudFormation's awsQuery wire: form parameters in, XML out. Only translation lives here; the rules are in stacks.ts.




const CLOUDFORMATION_XMLNS = 'http://cloudformation.amazonaws.com/doc/2010-05-15/';
const PAGE_SIZE = 100;
const MAX_TEMPLATE_BODY_BYTES = 51_200;
function givenParameters(params) {
    return (0,query/* readStructList */.OW)(params, 'Parameters').map((p) => ({
        ParameterKey: p.ParameterKey,
        ParameterValue: p.ParameterValue,
        UsePreviousValue: p.UsePreviousValue === 'true',
    }));
}
function tags(params) {
    if (![...params.keys()].some((k) => k.startsWith('Tags.')))
        return undefined;
    return (0,query/* readStructList */.OW)(params, 'Tags').map((t) => ({ Key: t.Key, Value: t.Value ?? '' }));
}
function templateBody(params) {
    if (params.get('TemplateURL'))
        throw new types/* AwsError */.Gy('ValidationError', 'TemplateURL is not supported by the local endpoint; pass the template as TemplateBody.');
    const body = params.get('TemplateBody') ?? undefined;
    // AWS's limit for an inline template (larger ones must come from S3, which the local endpoint does not offer).
    if (body !== undefined && Buffer.byteLength(body) > MAX_TEMPLATE_BODY_BYTES) {
        throw new types/* AwsError */.Gy('ValidationError', `1 validation error detected: Value at 'templateBody' failed to satisfy constraint: Member must have length less than or equal to ${MAX_TEMPLATE_BODY_BYTES}`);
    }
    return body;
}
function stackInput(params, region) {
    return {
        StackName: (0,query/* requireParam */.tk)(params, 'StackName'),
        TemplateBody: templateBody(params),
        UsePreviousTemplate: params.get('UsePreviousTemplate') === 'true',
        Parameters: givenParameters(params),
        Capabilities: (0,query/* readList */.LD)(params, 'Capabilities'),
        Tags: tags(params),
        region,
        RoleARN: params.get('RoleARN') || undefined,
    };
}
/** A list, or nothing at all when empty (AWS leaves empty lists out). */
function list(items) {
    return items.length > 0 ? items : undefined;
}
function parameterList(stack) {
    let template;
    try {
        template = parseTemplateText(stack.templateBody);
    }
    catch {
        template = undefined;
    }
    return list(Object.entries(stack.parameters).map(([key, value]) => ({ ParameterKey: key, ParameterValue: template && isNoEcho(template, key) ? '****' : value })));
}
function stackXml(stack) {
    return {
        StackId: stack.StackId,
        StackName: stack.StackName,
        Description: stack.Description,
        Parameters: parameterList(stack),
        CreationTime: stack.CreationTime,
        DeletionTime: stack.DeletionTime,
        LastUpdatedTime: stack.LastUpdatedTime,
        StackStatus: stack.StackStatus,
        StackStatusReason: stack.StackStatusReason,
        DisableRollback: stack.onFailure === 'DO_NOTHING',
        NotificationARNs: [],
        Capabilities: list(stack.capabilities),
        Outputs: list(stack.outputs.map((o) => ({ OutputKey: o.OutputKey, OutputValue: o.OutputValue, Description: o.Description, ExportName: o.ExportName }))),
        Tags: stack.tags.map((t) => ({ Key: t.Key, Value: t.Value })),
        RoleARN: stack.roleArn,
        EnableTerminationProtection: false,
        DriftInformation: { StackDriftStatus: 'NOT_CHECKED' },
    };
}
function resourceXml(stack, r) {
    return {
        StackName: stack.StackName,
        StackId: stack.StackId,
        LogicalResourceId: r.logicalId,
        PhysicalResourceId: r.physicalId,
        ResourceType: r.type,
        ResourceStatus: r.status,
        ResourceStatusReason: r.statusReason,
    };
}
function changeXml(change) {
    return {
        Type: 'Resource',
        ResourceChange: {
            Action: change.Action,
            LogicalResourceId: change.LogicalResourceId,
            PhysicalResourceId: change.PhysicalResourceId,
            ResourceType: change.ResourceType,
            Replacement: change.Replacement,
            Scope: list(change.Scope),
            Details: list((change.ChangedProperties ?? []).map((name) => ({
                Target: { Attribute: 'Properties', Name: name, RequiresRecreation: change.Replacement === 'True' ? 'Always' : 'Never' },
                Evaluation: 'Static',
                ChangeSource: 'DirectModification',
            }))),
        },
    };
}
function changeSetSummary(c) {
    return {
        StackId: c.StackId, StackName: c.StackName, ChangeSetId: c.ChangeSetId, ChangeSetName: c.ChangeSetName,
        ExecutionStatus: c.ExecutionStatus, Status: c.Status, StatusReason: c.StatusReason, CreationTime: c.CreationTime, Description: c.Description,
    };
}
/** Paging over a list with a numeric NextToken. */
function page(items, params) {
    const start = Number(params.get('NextToken') ?? '0') || 0;
    const end = start + PAGE_SIZE;
    return { items: items.slice(start, end), NextToken: end < items.length ? String(end) : undefined };
}
function operations(store) {
    const resourcesOf = (params, region) => {
        const physicalId = params.get('PhysicalResourceId');
        const byPhysicalId = !params.get('StackName') && physicalId ? store.findByPhysicalId(physicalId, region) : undefined;
        if (physicalId && !params.get('StackName') && !byPhysicalId)
            throw new types/* AwsError */.Gy('ValidationError', `Stack for ${physicalId} does not exist`);
        const stack = byPhysicalId ?? store.get((0,query/* requireParam */.tk)(params, 'StackName'), region);
        const logicalId = params.get('LogicalResourceId');
        const resources = Object.values(stack.resources).filter((r) => !logicalId || r.logicalId === logicalId);
        return { stack, resources };
    };
    return {
        CreateStack: (params, request) => ({
            StackId: store.createStack({ ...stackInput(params, request.region), OnFailure: params.get('OnFailure') ?? undefined, DisableRollback: params.has('DisableRollback') ? params.get('DisableRollback') === 'true' : undefined }).StackId,
        }),
        UpdateStack: (params, request) => ({ StackId: store.updateStack(stackInput(params, request.region)).StackId }),
        DeleteStack: (params, request) => {
            store.deleteStack((0,query/* requireParam */.tk)(params, 'StackName'), params.get('RoleARN') || undefined, request.region);
            return undefined;
        },
        DescribeStacks: (params, request) => {
            const name = params.get('StackName');
            const stacks = name ? [store.get(name, request.region)] : store.list(request.region).filter((s) => s.StackStatus !== 'DELETE_COMPLETE');
            const { items, NextToken } = page(stacks, params);
            return { Stacks: items.map(stackXml), NextToken };
        },
        ListStacks: (params, request) => {
            const filter = (0,query/* readList */.LD)(params, 'StackStatusFilter');
            const stacks = store.list(request.region).filter((s) => filter.length === 0 || filter.includes(s.StackStatus)).reverse();
            const { items, NextToken } = page(stacks, params);
            return {
                StackSummaries: list(items.map((s) => ({
                    StackId: s.StackId, StackName: s.StackName, TemplateDescription: s.Description, CreationTime: s.CreationTime, LastUpdatedTime: s.LastUpdatedTime,
                    DeletionTime: s.DeletionTime, StackStatus: s.StackStatus, StackStatusReason: s.StackStatusReason, DriftInformation: { StackDriftStatus: 'NOT_CHECKED' },
                }))),
                NextToken,
            };
        },
        DescribeStackEvents: (params, request) => {
            const stack = store.get((0,query/* requireParam */.tk)(params, 'StackName'), request.region);
            const { items, NextToken } = page([...stack.events].reverse(), params);
            return { StackEvents: list(items.map((e) => ({ ...e }))), NextToken };
        },
        DescribeStackResources: (params, request) => {
            const { stack, resources } = resourcesOf(params, request.region);
            return { StackResources: list(resources.map((r) => ({ ...resourceXml(stack, r), Timestamp: r.updated, DriftInformation: { StackResourceDriftStatus: 'NOT_CHECKED' } }))) };
        },
        ListStackResources: (params, request) => {
            const { resources } = resourcesOf(params, request.region);
            const { items, NextToken } = page(resources, params);
            return {
                StackResourceSummaries: list(items.map((r) => ({
                    LogicalResourceId: r.logicalId, PhysicalResourceId: r.physicalId, ResourceType: r.type, LastUpdatedTimestamp: r.updated,
                    ResourceStatus: r.status, ResourceStatusReason: r.statusReason, DriftInformation: { StackResourceDriftStatus: 'NOT_CHECKED' },
                }))),
                NextToken,
            };
        },
        DescribeStackResource: (params, request) => {
            const stack = store.get((0,query/* requireParam */.tk)(params, 'StackName'), request.region);
            const logicalId = (0,query/* requireParam */.tk)(params, 'LogicalResourceId');
            const r = stack.resources[logicalId];
            if (!r)
                throw new types/* AwsError */.Gy('ValidationError', `Resource ${logicalId} does not exist for stack ${stack.StackName}`);
            return { StackResourceDetail: { ...resourceXml(stack, r), LastUpdatedTimestamp: r.updated, DriftInformation: { StackResourceDriftStatus: 'NOT_CHECKED' } } };
        },
        GetTemplate: (params, request) => {
            const changeSetName = params.get('ChangeSetName');
            const body = changeSetName
                ? store.findChangeSet(changeSetName, params.get('StackName') ?? undefined, request.region).changeSet.templateBody
                : store.get((0,query/* requireParam */.tk)(params, 'StackName'), request.region).templateBody;
            return { TemplateBody: body, StagesAvailable: ['Original', 'Processed'] };
        },
        ValidateTemplate: (params) => {
            const { template, capability, capabilityTypes } = store.validateTemplate(templateBody(params));
            return {
                Parameters: list(Object.entries(template.Parameters ?? {}).map(([key, def]) => ({
                    ParameterKey: key,
                    DefaultValue: def.Default === undefined || def.Default === null ? undefined : String(def.Default),
                    NoEcho: isNoEcho(template, key),
                    Description: def.Description,
                }))),
                Description: template.Description,
                Capabilities: capability ? [capability] : undefined,
                CapabilitiesReason: capability ? `The following resource(s) require capabilities: [${capabilityTypes.join(', ')}]` : undefined,
            };
        },
        GetTemplateSummary: (params, request) => {
            // The AWS CLI's `cloudformation deploy` asks for this first (to carry over parameters).
            const stackName = params.get('StackName');
            const body = stackName ? store.get(stackName, request.region).templateBody : templateBody(params);
            const { template, capability, capabilityTypes } = store.validateTemplate(body);
            return {
                // Always present (possibly empty): the AWS CLI reads it unconditionally.
                Parameters: Object.entries(template.Parameters ?? {}).map(([key, def]) => ({
                    ParameterKey: key,
                    DefaultValue: def.Default === undefined || def.Default === null ? undefined : String(def.Default),
                    ParameterType: def.Type,
                    NoEcho: isNoEcho(template, key),
                    Description: def.Description,
                    ParameterConstraints: def.AllowedValues ? { AllowedValues: def.AllowedValues.map(String) } : undefined,
                })),
                Description: template.Description,
                Capabilities: capability ? [capability] : undefined,
                CapabilitiesReason: capability ? `The following resource(s) require capabilities: [${capabilityTypes.join(', ')}]` : undefined,
                ResourceTypes: [...new Set(Object.values(template.Resources).map((r) => r.Type))],
                Version: template.AWSTemplateFormatVersion,
            };
        },
        CreateChangeSet: (params, request) => {
            const changeSet = store.createChangeSet({
                ...stackInput(params, request.region),
                ChangeSetName: (0,query/* requireParam */.tk)(params, 'ChangeSetName'),
                ChangeSetType: params.get('ChangeSetType') ?? undefined,
                Description: params.get('Description') ?? undefined,
            });
            return { Id: changeSet.ChangeSetId, StackId: changeSet.StackId };
        },
        DescribeChangeSet: (params, request) => {
            const { changeSet: c } = store.findChangeSet((0,query/* requireParam */.tk)(params, 'ChangeSetName'), params.get('StackName') ?? undefined, request.region);
            return {
                ChangeSetName: c.ChangeSetName,
                ChangeSetId: c.ChangeSetId,
                StackId: c.StackId,
                StackName: c.StackName,
                Description: c.Description,
                Parameters: parameterList({ templateBody: c.templateBody, parameters: c.parameters }),
                CreationTime: c.CreationTime,
                ExecutionStatus: c.ExecutionStatus,
                Status: c.Status,
                StatusReason: c.StatusReason,
                Capabilities: list(c.capabilities),
                Tags: list(c.tags.map((t) => ({ Key: t.Key, Value: t.Value }))),
                Changes: list(c.changes.map(changeXml)),
                IncludeNestedStacks: false,
            };
        },
        ExecuteChangeSet: (params, request) => {
            store.executeChangeSet((0,query/* requireParam */.tk)(params, 'ChangeSetName'), params.get('StackName') ?? undefined, request.region);
            return {};
        },
        DeleteChangeSet: (params, request) => {
            store.deleteChangeSet((0,query/* requireParam */.tk)(params, 'ChangeSetName'), params.get('StackName') ?? undefined, request.region);
            return {};
        },
        ListChangeSets: (params, request) => {
            const stack = store.get((0,query/* requireParam */.tk)(params, 'StackName'), request.region);
            return { Summaries: list(stack.changeSets.map(changeSetSummary)) };
        },
        ListExports: (_params, request) => ({
            Exports: list(store.list(request.region).filter((s) => s.StackStatus !== 'DELETE_COMPLETE').flatMap((s) => s.outputs.filter((o) => o.ExportName).map((o) => ({ ExportingStackId: s.StackId, Name: o.ExportName, Value: o.OutputValue })))),
        }),
    };
}
function cloudFormationHandler(store) {
    const ops = operations(store);
    return {
        service: 'cloudformation',
        async handle(request) {
            const params = (0,query/* parseQueryParams */.UA)(request);
            const action = params.get('Action') ?? '';
            try {
                const op = Object.hasOwn(ops, action) ? ops[action] : undefined;
                if (!op)
                    throw new types/* AwsError */.Gy('InvalidAction', `Could not find operation ${action} for version 2010-05-15 (not implemented by the local endpoint)`);
                return (0,query/* xmlResponse */.te)(action, op(params, request), request.requestId, CLOUDFORMATION_XMLNS);
            }
            catch (error) {
                const awsError = error instanceof types/* AwsError */.Gy ? error : new types/* AwsError */.Gy('InternalFailure', error.message, 500, 'Receiver');
                return (0,query/* xmlError */.es)(awsError, request.requestId);
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/endpoint/services/cloudformation/index.ts


/** How long shutdown waits for stack work in flight before giving up on it. */
const CLOSE_GRACE_MS = 10_000;
function createCloudFormationService(settings, backends) {
    const store = new StackStore({
        accountId: settings.accountId,
        // The server fills in the other services after creating this one: read them at call time.
        backends: () => backends,
        changed: () => settings.markDirty(),
        timeScale: settings.timeScale,
        callerPolicy: settings.behaviour.callerPolicy,
    });
    return {
        handler: cloudFormationHandler(store),
        persist: store,
        close: async () => {
            let timer;
            const grace = new Promise((resolve) => {
                timer = setTimeout(resolve, CLOSE_GRACE_MS);
                timer.unref();
            });
            await Promise.race([store.idle(), grace]);
            clearTimeout(timer);
        },
    };
}



/***/ }),

/***/ 40910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WaitTimeoutError: () => (/* binding */ WaitTimeoutError),
/* harmony export */   atMostEvery: () => (/* binding */ atMostEvery),
/* harmony export */   sleep: () => (/* binding */ sleep),
/* harmony export */   waitFor: () => (/* binding */ waitFor)
/* harmony export */ });
// Waiting on a condition with a deadline, never a fixed sleep: poll again soon while the awaited thing is moving
// (messages arriving, events streaming, flags turning), and back off with full jitter only while nothing changes.
const sleep = (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted)
        return reject(signal.reason ?? new Error('aborted'));
    const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
    }, ms);
    const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason ?? new Error('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
});
/** Raised when a wait reaches its deadline; the message says what was being waited for. */
class WaitTimeoutError extends Error {
    what;
    seconds;
    last;
    constructor(what, seconds, last) {
        super(`Timed out after ${seconds.toFixed(1)} s waiting for ${what}${last ? ` (last seen: ${last})` : ''}`);
        this.what = what;
        this.seconds = seconds;
        this.last = last;
        this.name = 'WaitTimeoutError';
    }
}
/**
 * Calls `poll` until it reports done. After a poll that progressed it polls again after `progressDelayMs` and the
 * back-off starts over; after an idle poll it sleeps with full-jitter exponential back-off (initialDelayMs doubling
 * up to maxDelayMs). Never sleeps past the deadline; at the deadline throws WaitTimeoutError naming `what` and the
 * last state seen.
 */
async function waitFor(poll, options) {
    const now = options.now ?? Date.now;
    const doSleep = options.sleep ?? sleep;
    const started = now();
    const initial = options.initialDelayMs ?? 250;
    const max = Math.max(initial, options.maxDelayMs ?? 5000);
    const progressDelay = options.progressDelayMs ?? initial;
    let base = initial;
    let last;
    for (;;) {
        const result = await poll();
        if (result.done)
            return result.value;
        const progressed = result.progressed ?? (result.seen !== undefined && last !== undefined && result.seen !== last);
        last = result.seen ?? last;
        const remaining = options.deadline - now();
        if (remaining <= 0)
            throw new WaitTimeoutError(options.what, (now() - started) / 1000, last);
        if (progressed) {
            base = initial;
            if (progressDelay > 0)
                await doSleep(Math.min(remaining, progressDelay), options.signal);
            else
                options.signal?.throwIfAborted();
            continue;
        }
        const delay = Math.min(remaining, Math.max(50, Math.random() * base));
        await doSleep(delay, options.signal);
        base = Math.min(max, base * 2);
    }
}
/**
 * A check that costs an AWS call and rarely changes its answer (is the run still RUNNING?), run at most once every
 * `intervalMs`: the first time `intervalMs` after this is made (the caller knows the state at that moment, `initial`),
 * then never sooner than `intervalMs` after the last time. In between it answers what it last found.
 */
function atMostEvery(intervalMs, now, check, initial) {
    let last = initial;
    let ranAt = now();
    return async () => {
        if (now() - ranAt < intervalMs)
            return last;
        last = await check();
        ranAt = now();
        return last;
    };
}


/***/ })

};
