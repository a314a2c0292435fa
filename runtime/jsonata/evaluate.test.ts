import { test } from "node:test";
import assert from "node:assert/strict";
import type { Json } from "../core/json.ts";
import { compileTemplate, jsonataExpressionOf, type PayloadTemplate } from "../definition/payload-template.ts";
import { ProblemCollector } from "../definition/problems.ts";
import {
  QueryEvaluationError,
  evaluateJsonataArray,
  evaluateJsonataBoolean,
  evaluateJsonataExpression,
  evaluateJsonataInteger,
  evaluateJsonataNumber,
  evaluateJsonataString,
  evaluateJsonataTemplate,
  evaluateJsonataTimestamp,
} from "./evaluate.ts";
import { makeEnv, queryError } from "./test-support.ts";

/** A JSONata template compiled as the definition parser does it. */
function template(raw: Json): PayloadTemplate {
  return compileTemplate(raw, "JSONata", "/States/S/Output", new ProblemCollector());
}

function expr(text: string): PayloadTemplate {
  const expression = jsonataExpressionOf(text);
  assert.ok(expression !== undefined, `${text} is a JSONata string`);
  return { kind: "jsonata", expression };
}

const context = {
  Execution: { Id: "arn:aws:states:us-east-1:111111111111:execution:sm:e", Input: {}, Name: "e", RoleArn: "r", StartTime: "2024-01-01T00:00:00.000Z", RedriveCount: 0 },
  StateMachine: { Id: "arn:aws:states:us-east-1:111111111111:stateMachine:sm", Name: "sm" },
  State: { Name: "S", EnteredTime: "2024-01-01T00:00:00.000Z" },
};

test("$states members: input, context, result, errorOutput", async () => {
  const env = makeEnv({ input: { a: 1 }, context, result: { r: true }, errorOutput: { Error: "E", Cause: "C" } });
  const cases: [string, Json][] = [
    ["$states.input", { a: 1 }],
    ["$states.input.a", 1],
    ["$states.context.State.EnteredTime", "2024-01-01T00:00:00.000Z"],
    ["$states.context.Execution.RedriveCount", 0],
    ["$states.result", { r: true }],
    ["$states.errorOutput.Error", "E"],
    ["$keys($states)", ["input", "context", "result", "errorOutput"]],
  ];
  for (const [expression, expected] of cases) {
    assert.deepEqual(await evaluateJsonataExpression(expression, env, "Output"), expected, expression);
  }
});

test("$states.result / errorOutput are absent where the field may not see them", async () => {
  const env = makeEnv({ input: {} });
  assert.deepEqual(await evaluateJsonataExpression("$keys($states)", env, "Arguments"), ["input", "context"]);
  const error = await queryError(() => evaluateJsonataExpression("$states.result", env, "Arguments"));
  assert.equal(error.causeText, "The JSONata expression '$states.result' specified for the field 'Arguments' returned nothing (undefined).");
});

test("variables are bound as $name; $states cannot be shadowed by a variable", async () => {
  const env = makeEnv({ input: { x: 1 }, variables: { answer: 42, list: ["Item1"], states: "shadow" } });
  assert.equal(await evaluateJsonataExpression("$answer", env, "Output"), 42);
  assert.deepEqual(await evaluateJsonataExpression("$list", env, "Output"), ["Item1"]);
  assert.deepEqual(await evaluateJsonataExpression("$states.input", env, "Output"), { x: 1 });
});

test("assignment inside an expression returns the value and changes no variable [REC test_base_map[MAX_CONCURRENCY]]", async () => {
  const variables = { variable: 7 };
  const env = makeEnv({ variables });
  assert.equal(await evaluateJsonataExpression(" $variable := 1 ", env, "MaxConcurrency"), 1);
  assert.equal(await evaluateJsonataExpression("$variable", env, "Output"), 7);
  assert.deepEqual(variables, { variable: 7 });
});

test("there is no input document: top-level $, $$ and bare names yield nothing (spec JSONata Restrictions)", async () => {
  const env = makeEnv({ input: { total: 5 } });
  for (const expression of ["$", "$$", "total", "$.total"]) {
    const error = await queryError(() => evaluateJsonataExpression(expression, env, "Output"));
    assert.match(error.causeText ?? "", /returned nothing \(undefined\)\.$/, expression);
  }
  // ...while nested `$` / bare names keep their contextual meaning.
  const nested = makeEnv({ variables: { order: [{ total: 5 }, { total: 20 }] } });
  assert.deepEqual(await evaluateJsonataExpression("$order[$.total > 10]", nested, "Output"), { total: 20 });
  assert.deepEqual(await evaluateJsonataExpression("$order[total > 10].total", nested, "Output"), 20);
});

test("undefined results: AWS's message and location at every depth [REC test_undefined_reference[*], test_map_catch_error]", async () => {
  const env = makeEnv();
  const cases: [Json, string, string][] = [
    ["{% $doesNotExist %}", "Output", "Output"],
    [{ result: "{% $doesNotExist %}" }, "Output", "Output/result"],
    [{ result: "{% $doesNotExist %}" }, "Assign", "Assign/result"],
    ["{% $doesNotExist %}", "Arguments", "Arguments"],
    [{ FunctionName: "{% $doesNotExist %}", Payload: 1 }, "Arguments", "Arguments/FunctionName"],
    [{ error: "{% $stateError %}" }, "Output", "Output/error"],
    [{ a: { b: ["x", "{% $doesNotExist %}"] } }, "Output", "Output/a/b/1"],
  ];
  for (const [raw, field, location] of cases) {
    const error = await queryError(() => evaluateJsonataTemplate(template(raw), env, field));
    const name = /\$(\w+)/.exec(JSON.stringify(raw))![0];
    assert.equal(error.error, "States.QueryEvaluationError");
    assert.equal(error.location, location);
    assert.equal(error.causeText, `The JSONata expression '${name}' specified for the field '${location}' returned nothing (undefined).`);
  }
});

test("the expression text in messages is trimmed of the spaces around it [REC test_map_state_items_eval_jsonata_fail]", async () => {
  const error = await queryError(() => evaluateJsonataTemplate(expr("{% $doesNotExist %}"), makeEnv(), "Output"));
  assert.equal(error.causeText, "The JSONata expression '$doesNotExist' specified for the field 'Output' returned nothing (undefined).");
});

test("templates: literals stay literal, every {% %} string at any depth is evaluated [REC test_base_cases[BASE_LITERALS|BASE_EXPR], LIST_RICH]", async () => {
  const env = makeEnv({ input: { input_value: "string literal", input_values: [1, 2, 3] }, variables: { var_input_value: "string literal", var_constant_1: 1 } });
  const literals = {
    constant_not_jsonata: " {% states.input %} ",
    constant_varpath_states: "$states.input",
    "constant_jp_input.$": "$",
    constant_jp_context: "$$",
    constant_if: "States.Format('Format:{}', 101)",
    constant_lst: [null, 0, 0.1, true, [], { constant: 0 }],
  };
  assert.deepEqual(await evaluateJsonataTemplate(template(literals), env, "Output"), literals);
  const rich = [null, 0, 0.1, true, "string", [], "$nosuchvar", "$.no.such.path", "{% $states.input %}", { key: "{% true %}" }];
  assert.deepEqual(await evaluateJsonataTemplate(template(rich), env, "Output"), [
    null, 0, 0.1, true, "string", [], "$nosuchvar", "$.no.such.path", { input_value: "string literal", input_values: [1, 2, 3] }, { key: true },
  ]);
  const output = { ja_states_input: "{% $states.input %}", ja_var_access: "{% $var_input_value %}", ja_expr: "{% $sum($states.input.input_values) + $var_constant_1 %}" };
  assert.deepEqual(await evaluateJsonataTemplate(template(output), env, "Output"), {
    ja_states_input: { input_value: "string literal", input_values: [1, 2, 3] },
    ja_var_access: "string literal",
    ja_expr: 7,
  });
  assert.equal(await evaluateJsonataTemplate(template("{% $sum($states.input.input_values) + $var_constant_1 %}"), env, "Output"), 7);
  for (const value of [null, 0, 0.1, true, "string literal", []] as Json[]) {
    assert.deepEqual(await evaluateJsonataTemplate(template(value), env, "Output"), value);
  }
});

test("spec example: Arguments object with nested expressions and an Output expression building an object", async () => {
  const env = makeEnv({
    variables: {
      student: { name: "Scotland", course: [{ grade: 34 }, { grade: 99 }, { grade: 76 }, { grade: 96 }] },
      class: { teacher: "Bert" },
      two: "the number 2",
    },
  });
  const args = { student: "{% $student.name %}", classInfo: { teacher: "{% $class.teacher %}" }, values: [1, "{% $two %}", "three"] };
  assert.deepEqual(await evaluateJsonataTemplate(template(args), env, "Arguments"), {
    student: "Scotland",
    classInfo: { teacher: "Bert" },
    values: [1, "the number 2", "three"],
  });
  const output = "{% { 'avg': $average($student.course.grade), 'num': $count($student.course) }  %}";
  assert.deepEqual(await evaluateJsonataTemplate(template(output), env, "Output"), { avg: 76.25, num: 4 });
  assert.equal(await evaluateJsonataExpression("($product := function($x, $y) {$x * $y}; $reduce([1..5], $product))", env, "Output"), 120);
});

test("recorded expression results [REC jsonata.json, variables.json, services.json]", async () => {
  const cases: [string, { input?: Json; variables?: Record<string, Json> }, Json][] = [
    [' $contains("hello$world", /^hello\\$/) ', {}, true],
    [' $contains("hello$world", /^hello\\ /) ', {}, false],
    [" $contains('hello$world', /^hello\\$/) ", {}, true],
    [" $merge([$states.input.part1, $states.input.part2]) ", { input: { part1: { hello: "world" }, part2: { foo: "bar" } } }, { hello: "world", foo: "bar" }],
    [" $number('2') ", {}, 2],
    [" $var = '\"' ", { variables: { var: '"' } }, true],
    [" $states.input = '\"' ", { input: '"' }, true],
    [" $exists($status) ? 'completed' : 'running' ", {}, "running"],
    [" $exists($status) ? 'completed' : 'running' ", { variables: { status: "x" } }, "completed"],
    [" $not($states.input.type = 'Private') ", { input: { type: "Private", value: 22 } }, false],
    [" $states.input.value >= 20 and $states.input.value < 30 ", { input: { type: "Private", value: 22 } }, true],
    [" $states.input.items ", { input: { items: [1, "two", true] } }, [1, "two", true]],
    [" $states.input.items ", { input: { items: ["only"] } }, ["only"]],
    [" [0] ", {}, [0]],
    [" [] ", {}, []],
    [" null ", {}, null],
  ];
  for (const [expression, env, expected] of cases) {
    assert.deepEqual(await evaluateJsonataExpression(expression, makeEnv(env), "Output"), expected, expression);
  }
});

test("Items must be an array [REC test_map_state_items_eval_jsonata_fail[*], _variable_sampling[*]]", async () => {
  const literal: [string, string][] = [
    ["{% 1 %}", "The JSONata expression '1' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'number' for value: 1"],
    ["{% 'string' %}", "The JSONata expression ''string'' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'string' for value: \"string\""],
    ["{% true %}", "The JSONata expression 'true' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'boolean' for value: true"],
    ["{% {'foo': 'bar'} %}", "The JSONata expression '{'foo': 'bar'}' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'object' for value: {\"foo\":\"bar\"}"],
  ];
  for (const [text, cause] of literal) {
    const error = await queryError(() => evaluateJsonataArray(expr(text), makeEnv(), "Items"));
    assert.equal(error.causeText, cause);
    assert.equal(error.location, "Items");
  }
  const sampled: [Json, string][] = [
    [1, "'number' for value: 1"],
    ["string", "'string' for value: \"string\""],
    [true, "'boolean' for value: true"],
    [{ foo: "bar" }, "'object' for value: {\"foo\":\"bar\"}"],
    [null, "'null' for value: null"],
  ];
  for (const [value, tail] of sampled) {
    const error = await queryError(() => evaluateJsonataArray(expr("{% $ItemsVar %}"), makeEnv({ variables: { ItemsVar: value } }), "Items"));
    assert.equal(error.causeText, `The JSONata expression '$ItemsVar' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was ${tail}`);
  }
  assert.deepEqual(await evaluateJsonataArray(expr("{% $ItemsVar %}"), makeEnv({ variables: { ItemsVar: ["Item1", "Item2"] } }), "Items"), ["Item1", "Item2"]);
  assert.deepEqual(await evaluateJsonataArray(template([1, "{% $number('2') %}", 3]), makeEnv(), "Items"), [1, 2, 3]);
});

test("a function result is an unsupported result type (facts sheet §5)", async () => {
  const error = await queryError(() => evaluateJsonataArray(expr("{% $fn := function($x){$x} %}"), makeEnv(), "Items"));
  assert.equal(error.causeText, "The JSONata expression '$fn := function($x){$x}' specified for the field 'Items' returned an unsupported result type.");
  for (const expression of ["$sum", "{'f': function(){1}}", "[1, $uppercase]", "/regex/"]) {
    const e = await queryError(() => evaluateJsonataExpression(expression, makeEnv(), "Output"));
    assert.match(e.causeText ?? "", /returned an unsupported result type\.$/, expression);
  }
});

test("runtime errors: '<code>: <message>' after 'threw an error during evaluation.' [REC test_math_random_seeded]", async () => {
  const env = makeEnv({ input: { FunctionInput: "fst" } });
  const error = await queryError(() => evaluateJsonataTemplate(template({ FunctionResult: "{% $randomSeeded($states.input.FunctionInput.fst) %}" }), env, "Output"));
  assert.equal(error.location, "Output/FunctionResult");
  assert.equal(
    error.causeText,
    "The JSONata expression '$randomSeeded($states.input.FunctionInput.fst)' specified for the field 'Output/FunctionResult' threw an error during evaluation. T1006: Attempted to invoke a non-function",
  );
  const cases: [string, string][] = [
    ["'a' + 1", 'T2001: The left side of the "+" operator must evaluate to a number'],
    ["$x + $y", ""], // both undefined: nothing, not an error
    ["1/0", "D1001: Number out of range: Infinity"],
    ["$number('abc')", "D3030: Unable to cast value to a number: \"abc\""],
  ];
  for (const [expression, detail] of cases) {
    const e = await queryError(() => evaluateJsonataExpression(expression, makeEnv({ variables: {} }), "Output"));
    const expected = detail === ""
      ? `The JSONata expression '${expression}' specified for the field 'Output' returned nothing (undefined).`
      : `The JSONata expression '${expression}' specified for the field 'Output' threw an error during evaluation. ${detail}`;
    assert.equal(e.causeText, expected);
  }
});

test("typed fields: Condition, integers, numbers, strings", async () => {
  const env = makeEnv({ input: { condition: true, n: 1, pct: 12.5, s: "Err", text: "1" } });
  assert.equal(await evaluateJsonataBoolean(expr("{% $states.input.condition %}"), env, "Condition"), true);
  assert.equal(await evaluateJsonataBoolean({ kind: "literal", value: false }, env, "Condition"), false);
  assert.equal(await evaluateJsonataInteger(expr("{% $states.input.n %}"), env, "HeartbeatSeconds"), 1);
  assert.equal(await evaluateJsonataInteger(expr("{% $variable := 1 %}"), env, "TimeoutSeconds"), 1);
  assert.equal(await evaluateJsonataNumber(expr("{% $states.input.pct %}"), env, "ToleratedFailurePercentage"), 12.5);
  assert.equal(await evaluateJsonataString(expr("{% $states.input.s %}"), env, "Error"), "Err");
  const mismatches: [Promise<unknown>, string][] = [
    [evaluateJsonataBoolean(expr("{% $states.input.text %}"), env, "Condition"), "Expected 'boolean', but was 'string' for value: \"1\""],
    [evaluateJsonataInteger(expr("{% $states.input.pct %}"), env, "MaxConcurrency"), "Expected 'integer', but was 'number' for value: 12.5"],
    [evaluateJsonataInteger(expr("{% $states.input.text %}"), env, "TimeoutSeconds"), "Expected 'integer', but was 'string' for value: \"1\""],
    [evaluateJsonataNumber(expr("{% $states.input %}"), env, "ToleratedFailurePercentage"), "Expected 'number', but was 'object' for value: {\"condition\":true,\"n\":1,\"pct\":12.5,\"s\":\"Err\",\"text\":\"1\"}"],
    [evaluateJsonataString(expr("{% $states.input.n %}"), env, "Cause"), "Expected 'string', but was 'number' for value: 1"],
  ];
  for (const [promise, tail] of mismatches) {
    const error = await queryError(() => promise);
    assert.ok(error.causeText?.endsWith(`returned an unexpected result type. ${tail}`), error.causeText);
  }
  const nothing = await queryError(() => evaluateJsonataBoolean(expr("{% $states.input.missing %}"), env, "Condition"));
  assert.equal(nothing.causeText, "The JSONata expression '$states.input.missing' specified for the field 'Condition' returned nothing (undefined).");
});

test("Wait Timestamp from JSONata [REC test_wait_timestamp_jsonata[*]]", async () => {
  const accepted: [string, number][] = [
    ["2016-03-14T01:59:00Z", Date.UTC(2016, 2, 14, 1, 59, 0)],
    ["2016-03-05T21:29:29.243167252Z", Date.UTC(2016, 2, 5, 21, 29, 29, 243)],
  ];
  for (const [value, millis] of accepted) {
    const result = await evaluateJsonataTimestamp(expr("{% $states.input.TimestampValue %}"), makeEnv({ input: { TimestampValue: value } }));
    assert.deepEqual(result, { text: value, epochMillis: millis });
  }
  for (const value of ["2016-12-05T21:29:29", "2016-13-05T21:29:29Z", "2016-12-05T25:29:29Z", "05-12-2016T21:29:29Z"]) {
    const error = await queryError(() => evaluateJsonataTimestamp(expr("{% $states.input.TimestampValue %}"), makeEnv({ input: { TimestampValue: value } })));
    assert.equal(error.causeText, `The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: ${value}`);
    assert.equal(error.location, "Timestamp");
  }
});

test("results are plain JSON copies: -0 becomes 0, inputs are not shared", async () => {
  const input = { list: [{ a: 1 }] };
  const env = makeEnv({ input });
  const out = (await evaluateJsonataExpression("$states.input.list", env, "Output")) as { a: number }[];
  assert.deepEqual(out, [{ a: 1 }]);
  out[0]!.a = 2;
  assert.equal(input.list[0]!.a, 1);
  assert.ok(Object.is(await evaluateJsonataExpression("-0", env, "Output"), 0));
  assert.deepEqual(await evaluateJsonataExpression("$parse('{\"__proto__\": 1}')", env, "Output"), JSON.parse('{"__proto__": 1}'));
});

test("QueryEvaluationError is a StatesError named States.QueryEvaluationError", () => {
  const error = new QueryEvaluationError("detail", "Output");
  assert.equal(error.error, "States.QueryEvaluationError");
  assert.equal(error.causeText, "detail");
  assert.equal(error.location, "Output");
  assert.equal(new QueryEvaluationError("whole state").location, undefined);
});
