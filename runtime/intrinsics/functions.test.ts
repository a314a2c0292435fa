/**
 * Every intrinsic function against the behaviour recorded on AWS (oracle recordings, facts sheet
 * intrinsic-functions.md) and the spec's Appendix B examples.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Json } from "../core/json.ts";
import { run, type TestScope } from "./test-support.ts";

type Case = [label: string, text: string, input: Json, expected: Json];

/** Cases whose expectations come from AWS recordings (REC) or the spec/DG examples (SPEC/DG). */
const cases: Case[] = [
  // States.Format [REC test_format_1, test_format_2; SPEC; DG]
  ["Format empty string", "States.Format('Formatting argument {}.', $.FunctionInput)", { FunctionInput: "" }, "Formatting argument ."],
  ["Format space", "States.Format('Formatting argument {}.', $.FunctionInput)", { FunctionInput: " " }, "Formatting argument  ."],
  ["Format null", "States.Format('Formatting argument {}.', $.FunctionInput)", { FunctionInput: null }, "Formatting argument null."],
  ["Format integer", "States.Format('Formatting argument {}.', $.FunctionInput)", { FunctionInput: 1 }, "Formatting argument 1."],
  ["Format float", "States.Format('Formatting argument {}.', $.FunctionInput)", { FunctionInput: 1.1 }, "Formatting argument 1.1."],
  ["Format plain string", "States.Format('Formatting argument {}.', $.FunctionInput)", { FunctionInput: "HelloWorld" }, "Formatting argument HelloWorld."],
  ["Format JSON-looking string", "States.Format('Formatting argument {}.', $.FunctionInput)", { FunctionInput: '{"Arg1": 1, "Arg2": []}' }, 'Formatting argument {"Arg1": 1, "Arg2": []}.'],
  ["Format two empty strings", "States.Format('Formatting arguments fst={} and snd={}.', $.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: "", snd: "" } }, "Formatting arguments fst= and snd=."],
  ["Format two nulls", "States.Format('Formatting arguments fst={} and snd={}.', $.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: null, snd: null } }, "Formatting arguments fst=null and snd=null."],
  ["Format two floats", "States.Format('Formatting arguments fst={} and snd={}.', $.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: 1.1, snd: 1.1 } }, "Formatting arguments fst=1.1 and snd=1.1."],
  ["Format objects in Java map style", "States.Format('Formatting arguments fst={} and snd={}.', $.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: { Arg1: 1, Arg2: [] }, snd: { Arg1: 1, Arg2: [] } } }, "Formatting arguments fst={Arg1=1, Arg2=[]} and snd={Arg1=1, Arg2=[]}."],
  ["Format spec example", "States.Format('Your name is {}, we are in the year {}', $.name, 2020)", { name: "Foo", zebra: "stripe" }, "Your name is Foo, we are in the year 2020"],
  ["Format template from a path (DG)", "States.Format($.template, $.name)", { name: "Arnav", template: "Hello, my name is {}." }, "Hello, my name is Arnav."],
  ["Format literal template (DG)", "States.Format('Hello, my name is {}.', $.name)", { name: "Arnav" }, "Hello, my name is Arnav."],
  ["Format assign example", "States.Format('Format Func {}', $.input_value)", { input_value: "input_value_literal" }, "Format Func input_value_literal"],
  ["Format fail-state example", "States.Format('This is a custom error message for {}, caused by {}.', $.Error, $.Cause)", { Error: "error string", Cause: "cause string" }, "This is a custom error message for error string, caused by cause string."],
  ["Format single placeholder", "States.Format('{}', $.Error)", { Error: "error string" }, "error string"],
  ["Format no placeholders", "States.Format('no placeholders')", {}, "no placeholders"],
  ["Format integer literal", "States.Format('Format:{}', 101)", {}, "Format:101"],
  // States.StringToJson [REC test_string_to_json; SPEC]
  ["StringToJson empty", "States.StringToJson($.FunctionInput)", { FunctionInput: "" }, null],
  ["StringToJson blank", "States.StringToJson($.FunctionInput)", { FunctionInput: " " }, null],
  ["StringToJson null", "States.StringToJson($.FunctionInput)", { FunctionInput: "null" }, null],
  ["StringToJson -0", "States.StringToJson($.FunctionInput)", { FunctionInput: "-0" }, 0],
  ["StringToJson 1", "States.StringToJson($.FunctionInput)", { FunctionInput: "1" }, 1],
  ["StringToJson 1.1", "States.StringToJson($.FunctionInput)", { FunctionInput: "1.1" }, 1.1],
  ["StringToJson true", "States.StringToJson($.FunctionInput)", { FunctionInput: "true" }, true],
  ["StringToJson string", "States.StringToJson($.FunctionInput)", { FunctionInput: '"HelloWorld"' }, "HelloWorld"],
  ["StringToJson array", "States.StringToJson($.FunctionInput)", { FunctionInput: '[1, 2, "HelloWorld"]' }, [1, 2, "HelloWorld"]],
  ["StringToJson object", "States.StringToJson($.FunctionInput)", { FunctionInput: '{"Arg1": 1, "Arg2": []}' }, { Arg1: 1, Arg2: [] }],
  ["StringToJson spec example", "States.StringToJson($.someString)", { someString: '{"number": 20}', zebra: "stripe" }, { number: 20 }],
  ["StringToJson literal with braces", `States.StringToJson('{"key":"value"}')`, {}, { key: "value" }],
  // States.JsonToString [REC test_json_to_string; SPEC]
  ["JsonToString null", "States.JsonToString($.FunctionInput)", { FunctionInput: null }, "null"],
  ["JsonToString 0", "States.JsonToString($.FunctionInput)", { FunctionInput: 0 }, "0"],
  ["JsonToString 1", "States.JsonToString($.FunctionInput)", { FunctionInput: 1 }, "1"],
  ["JsonToString 1.1", "States.JsonToString($.FunctionInput)", { FunctionInput: 1.1 }, "1.1"],
  ["JsonToString true", "States.JsonToString($.FunctionInput)", { FunctionInput: true }, "true"],
  ["JsonToString string", "States.JsonToString($.FunctionInput)", { FunctionInput: "HelloWorld" }, '"HelloWorld"'],
  ["JsonToString array", "States.JsonToString($.FunctionInput)", { FunctionInput: [1, 2, "HelloWorld"] }, '[1,2,"HelloWorld"]'],
  ["JsonToString object", "States.JsonToString($.FunctionInput)", { FunctionInput: { Arg1: 1, Arg2: [] } }, '{"Arg1":1,"Arg2":[]}'],
  ["JsonToString spec example", "States.JsonToString($.someJson)", { someJson: { name: "Foo", year: 2020 } }, '{"name":"Foo","year":2020}'],
  // States.Array [REC test_array_0, test_array_2; SPEC]
  ["Array empty", "States.Array()", { FunctionInput: "HelloWorld" }, []],
  ["Array two empty strings", "States.Array($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: "", snd: "" } }, ["", ""]],
  ["Array two nulls", "States.Array($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: null, snd: null } }, [null, null]],
  ["Array two floats", "States.Array($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: 1.1, snd: 1.1 } }, [1.1, 1.1]],
  ["Array JSON-looking strings stay strings", "States.Array($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: '{"Arg1": 1, "Arg2": []}', snd: '{"Arg1": 1, "Arg2": []}' } }, ['{"Arg1": 1, "Arg2": []}', '{"Arg1": 1, "Arg2": []}']],
  ["Array objects", "States.Array($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: { Arg1: 1, Arg2: [] }, snd: { Arg1: 1, Arg2: [] } } }, [{ Arg1: 1, Arg2: [] }, { Arg1: 1, Arg2: [] }]],
  ["Array spec example", "States.Array('Foo', 2020, $.someJson, null)", { someJson: { random: "abcdefg" }, zebra: "stripe" }, ["Foo", 2020, { random: "abcdefg" }, null]],
  ["Array literals", "States.Array('a', 'b', 'c')", {}, ["a", "b", "c"]],
  // States.ArrayPartition [REC test_array_partition; SPEC]
  ...[1, 2, 3, 4, 5].map((n): Case => [`ArrayPartition [] by ${n}`, "States.ArrayPartition($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: [], snd: n } }, []]),
  ...[1, 2, 3, 4, 5].map((n): Case => [`ArrayPartition [0] by ${n}`, "States.ArrayPartition($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: [0], snd: n } }, [[0]]]),
  ["ArrayPartition [0,1] by 1", "States.ArrayPartition($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: [0, 1], snd: 1 } }, [[0], [1]]],
  ...[2, 3, 4, 5].map((n): Case => [`ArrayPartition [0,1] by ${n}`, "States.ArrayPartition($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: [0, 1], snd: n } }, [[0, 1]]]),
  ["ArrayPartition [0,1,2] by 1", "States.ArrayPartition($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: [0, 1, 2], snd: 1 } }, [[0], [1], [2]]],
  ["ArrayPartition [0,1,2] by 2", "States.ArrayPartition($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: [0, 1, 2], snd: 2 } }, [[0, 1], [2]]],
  ["ArrayPartition [0,1,2] by 3", "States.ArrayPartition($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: [0, 1, 2], snd: 3 } }, [[0, 1, 2]]],
  ["ArrayPartition [0,1,2,3] by 2", "States.ArrayPartition($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: [0, 1, 2, 3], snd: 2 } }, [[0, 1], [2, 3]]],
  ["ArrayPartition [0,1,2,3] by 3", "States.ArrayPartition($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: [0, 1, 2, 3], snd: 3 } }, [[0, 1, 2], [3]]],
  ["ArrayPartition [0,1,2,3] by 4", "States.ArrayPartition($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: [0, 1, 2, 3], snd: 4 } }, [[0, 1, 2, 3]]],
  ["ArrayPartition [0,1,2,3] by 5", "States.ArrayPartition($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: [0, 1, 2, 3], snd: 5 } }, [[0, 1, 2, 3]]],
  ["ArrayPartition spec example", "States.ArrayPartition($.inputArray,4)", { inputArray: [1, 2, 3, 4, 5, 6, 7, 8, 9] }, [[1, 2, 3, 4], [5, 6, 7, 8], [9]]],
  ["ArrayPartition assign example", "States.ArrayPartition($.inputArray, 2)", { inputArray: [1, 2, 3, 4, 5, 6] }, [[1, 2], [3, 4], [5, 6]]],
  // States.ArrayContains [REC test_array_contains; SPEC]
  ["ArrayContains [] null", "States.ArrayContains($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: [], snd: null } }, false],
  ["ArrayContains [] []", "States.ArrayContains($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: [], snd: [] } }, false],
  ["ArrayContains [] 1", "States.ArrayContains($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: [], snd: 1 } }, false],
  ["ArrayContains nested null", "States.ArrayContains($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: [[1, 2, 3], 2], snd: null } }, false],
  ["ArrayContains nested array", "States.ArrayContains($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: [[1, 2, 3], 2], snd: [1, 2, 3] } }, true],
  ["ArrayContains object vs []", "States.ArrayContains($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: [{ "1": 2, "2": [] }], snd: [] } }, false],
  ["ArrayContains object", "States.ArrayContains($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: [{ "1": 2, "2": [] }], snd: { "1": 2, "2": [] } } }, true],
  ["ArrayContains true", "States.ArrayContains($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: [true, false], snd: true } }, true],
  ["ArrayContains false", "States.ArrayContains($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: [true, false], snd: false } }, true],
  ["ArrayContains literal", "States.ArrayContains($.inputArray, 5)", { inputArray: [1, 2, 3, 4, 5, 6] }, true],
  ["ArrayContains spec example", "States.ArrayContains($.inputArray, $.lookingFor)", { inputArray: [1, 2, 3, 4, 5, 6, 7, 8, 9], lookingFor: 5 }, true],
  // States.ArrayRange [REC test_array_range, BASE_ASSIGN_FROM_INTRINSIC_FUNCTION, map reentrant]
  ["ArrayRange (0,9,3)", "States.ArrayRange($.FunctionInput.fst, $.FunctionInput.snd, $.FunctionInput.trd)", { FunctionInput: { fst: 0, snd: 9, trd: 3 } }, [0, 3, 6, 9]],
  ["ArrayRange (0,10,3)", "States.ArrayRange($.FunctionInput.fst, $.FunctionInput.snd, $.FunctionInput.trd)", { FunctionInput: { fst: 0, snd: 10, trd: 3 } }, [0, 3, 6, 9]],
  ["ArrayRange (1,9,9)", "States.ArrayRange($.FunctionInput.fst, $.FunctionInput.snd, $.FunctionInput.trd)", { FunctionInput: { fst: 1, snd: 9, trd: 9 } }, [1]],
  ["ArrayRange (1,9,2)", "States.ArrayRange(1, 9, 2)", {}, [1, 3, 5, 7, 9]],
  ["ArrayRange (1,10,2)", "States.ArrayRange(1, 10, 2)", {}, [1, 3, 5, 7, 9]],
  ["ArrayRange (0,3,1)", "States.ArrayRange(0, 3, 1)", {}, [0, 1, 2, 3]],
  // States.ArrayGetItem / ArrayLength / ArrayUnique [REC; SPEC]
  ["ArrayGetItem", "States.ArrayGetItem($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: [1, 2, 3, 4, 5, 6, 7, 8, 9], snd: 5 } }, 6],
  ["ArrayGetItem literal index", "States.ArrayGetItem($.inputArray, 2)", { inputArray: [1, 2, 3, 4, 5, 6] }, 3],
  ["ArrayLength", "States.ArrayLength($.FunctionInput)", { FunctionInput: [1, 2, 3, 4, 5, 6, 7, 8, 9] }, 9],
  ["ArrayLength mixed", "States.ArrayLength($.FunctionInput)", { FunctionInput: [null, null, true, true, false, false, 1, 1, 1.1, 0, 0, "HelloWorld", "HelloWorld", [], [], [null], [null], { a: 1, b: 2 }, { a: 1, b: 2 }, { a: 1, b: 1 }] }, 20],
  ["ArrayUnique", "States.ArrayUnique($.duplicateArray)", { duplicateArray: [1, 2, 2, 3, 3, 4] }, [1, 2, 3, 4]],
  ["ArrayUnique spec example", "States.ArrayUnique($.inputArray)", { inputArray: [1, 2, 3, 3, 3, 3, 3, 3, 4] }, [1, 2, 3, 4]],
  // States.Base64Encode / Base64Decode [REC test_encode_decode, BASE_ASSIGN_FROM_INTRINSIC_FUNCTION]
  ["Base64Encode empty", "States.Base64Encode($.FunctionInput)", { FunctionInput: "" }, ""],
  ["Base64Encode", "States.Base64Encode($.FunctionInput)", { FunctionInput: "Data to encode" }, "RGF0YSB0byBlbmNvZGU="],
  ["Base64Encode Hello World", "States.Base64Encode($.rawString)", { rawString: "Hello World" }, "SGVsbG8gV29ybGQ="],
  ["Base64Decode empty", "States.Base64Decode($.FunctionInput)", { FunctionInput: "" }, ""],
  ["Base64Decode", "States.Base64Decode($.FunctionInput)", { FunctionInput: "RGF0YSB0byBlbmNvZGU=" }, "Data to encode"],
  ["Base64Decode Hello World", "States.Base64Decode($.encodedString)", { encodedString: "SGVsbG8gV29ybGQ=" }, "Hello World"],
  // States.Hash [REC test_hash, BASE_ASSIGN_FROM_INTRINSIC_FUNCTION]
  ["Hash MD5", "States.Hash($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: "input data", snd: "MD5" } }, "812f45842bc6d66ee14572ce20db8e86"],
  ["Hash SHA-1", "States.Hash($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: "input data", snd: "SHA-1" } }, "aaff4a450a104cd177d28d18d74485e8cae074b7"],
  ["Hash SHA-256", "States.Hash($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: "input data", snd: "SHA-256" } }, "b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3"],
  ["Hash SHA-384", "States.Hash($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: "input data", snd: "SHA-384" } }, "d28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562"],
  ["Hash SHA-512", "States.Hash($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: "input data", snd: "SHA-512" } }, "6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4"],
  ["Hash literal algorithm", "States.Hash($.inputString, 'SHA-256')", { inputString: "Hash this string" }, "1cac63f39fd68d8c531f27b807610fb3d50f0fc3f186995767fb6316e7200a3e"],
  // States.JsonMerge [REC test_json_merge, BASE_ASSIGN_FROM_INTRINSIC_FUNCTION; facts sheet test_json_merge_escaped_argument]
  ["JsonMerge shallow", "States.JsonMerge($.FunctionInput.fst, $.FunctionInput.snd, false)", { FunctionInput: { fst: { a: { a1: 1, a2: 2 }, b: 2, d: 3 }, snd: { a: { a3: 1, a4: 2 }, c: 3, d: 4 } } }, { a: { a3: 1, a4: 2 }, b: 2, c: 3, d: 4 }],
  ["JsonMerge disjoint", "States.JsonMerge($.json1, $.json2, false)", { json1: { a: 1, b: 2 }, json2: { c: 3, d: 4 } }, { a: 1, b: 2, c: 3, d: 4 }],
  ["JsonMerge spec example", "States.JsonMerge($.json1, $.json2, false)", { json1: { a: { a1: 1, a2: 2 }, b: 2 }, json2: { a: { a3: 1, a4: 2 }, c: 3 } }, { a: { a3: 1, a4: 2 }, b: 2, c: 3 }],
  // States.MathAdd [REC test_math_add; SPEC]
  ...([
    [-9, 3, -6], [1.49, 1.5, 3], [1.5, 1.51, 4], [-1.49, -1.5, -2], [-1.5, -1.51, -3], [1.49, -1.49, 0],
    [1.49, 0, 1], [-1.49, 0, -1], [-1.51, 0, -2], [0.5, 0, 1], [1.5, 0, 2], [2.5, 0, 3], [3.5, 0, 4],
    [-0.5, 0, 0], [-1.5, 0, -1], [-2.5, 0, -2], [-3.5, 0, -3], [-0.5, 0.5, 1],
  ] as const).map(([a, b, sum]): Case => [`MathAdd(${a}, ${b})`, "States.MathAdd($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: a, snd: b } }, sum]),
  ["MathAdd spec example", "States.MathAdd($.value1, $.step)", { value1: 111, step: -1 }, 110],
  ["MathAdd literal", "States.MathAdd($.Iterations, -1)", { Iterations: 3 }, 2],
  // States.StringSplit [REC test_string_split, test_string_split_context_object; SPEC]
  ["StringSplit space", "States.StringSplit($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: " ", snd: "," } }, [" "]],
  ["StringSplit spaced commas", "States.StringSplit($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: " , ", snd: "," } }, [" ", " "]],
  ["StringSplit leading commas", "States.StringSplit($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: ", , ,", snd: "," } }, [" ", " "]],
  ["StringSplit only commas", "States.StringSplit($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: ",,,,", snd: "," } }, []],
  ["StringSplit numbers", "States.StringSplit($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: "1,2,3,4,5", snd: "," } }, ["1", "2", "3", "4", "5"]],
  ["StringSplit many delimiters", "States.StringSplit($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: "This.is+a,test=string", snd: ".+,=" } }, ["This", "is", "a", "test", "string"]],
  ["StringSplit newline delimiter", "States.StringSplit($.FunctionInput.fst, $.FunctionInput.snd)", { FunctionInput: { fst: "split on T and \nnew line", snd: "T\n" } }, ["split on ", " and ", "new line"]],
  ["StringSplit literal delimiter", "States.StringSplit($.csvString, ',')", { csvString: "a,b,c,d,e" }, ["a", "b", "c", "d", "e"]],
  ["StringSplit literal newline", "States.StringSplit('Hello\nWorld', '\n')", {}, ["Hello", "World"]],
  // Nested calls [REC test_json_merge_escaped_argument (facts sheet)]
  ["JsonMerge of a parsed literal", `States.JsonMerge(States.StringToJson('{"constant_in_literal": "false"}'), $.input_field, false)`, { input_field: { constant_input_field: "constant_value" } }, { constant_input_field: "constant_value", constant_in_literal: "false" }],
];

for (const [label, text, input, expected] of cases) {
  test(`documented: ${label}`, async () => {
    assert.deepEqual(await run(text, { input }), expected);
  });
}

test("recorded: StringSplit over the execution input from the context object", async () => {
  const input = { FunctionInput: "Value1,Value2,Value3\nValue4,Value5,Value6\n,,,\ntrue,1,'HelloWorld'\nNull,None,\n   \n" };
  const result = await run("States.StringSplit($$.Execution.Input.FunctionInput, ',')", {
    input,
    context: { Execution: { Input: input } },
  });
  assert.deepEqual(result, ["Value1", "Value2", "Value3\nValue4", "Value5", "Value6\n", "\ntrue", "1", "'HelloWorld'\nNull", "None", "\n   \n"]);
});

test("recorded: Format with context paths prints the state machine object as {k=v}", async () => {
  const arn = "arn:aws:states:us-east-1:111111111111:stateMachine:MyMachine";
  const result = await run("States.Format('Formatting arguments fst={} and snd={}.', $$.Execution.Name, $$.StateMachine)", {
    context: { Execution: { Name: "exec-1" }, StateMachine: { Id: arn, Name: "MyMachine" } },
  });
  assert.equal(result, `Formatting arguments fst=exec-1 and snd={Id=${arn}, Name=MyMachine}.`);
});

test("recorded: nested calls pick the last '-' segment of the state machine name", async () => {
  const text =
    "States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), States.MathAdd(States.ArrayLength(States.StringSplit($$.StateMachine.Name, '-')), -1))";
  assert.equal(await run(text, { context: { StateMachine: { Name: "sm-nested-calls-last" } } }), "last");
});

test("recorded: variables as arguments (BASE_REFERENCE_IN_INTRINSIC_FUNCTION)", async () => {
  const scope: TestScope = {
    variables: {
      rawString: "Hello World",
      encodedString: "SGVsbG8gV29ybGQ=",
      inputString: "Hash this string",
      json1: { a: 1, b: 2 },
      json2: { c: 3, d: 4 },
      jsonString: '{"key":"value"}',
      jsonObject: { test: "object" },
      value1: 5,
      value2: 3,
      csvString: "a,b,c,d,e",
      name: "John",
      place: "LocalStack",
      AnswerTemplate: "It's {}!",
    },
    context: { Map: { Item: { Value: "Charizard" } } },
  };
  const expectations: Array<[string, Json]> = [
    ["States.Base64Encode($rawString)", "SGVsbG8gV29ybGQ="],
    ["States.Base64Decode($encodedString)", "Hello World"],
    ["States.Hash($inputString, 'SHA-256')", "1cac63f39fd68d8c531f27b807610fb3d50f0fc3f186995767fb6316e7200a3e"],
    ["States.JsonMerge($json1, $json2, false)", { a: 1, b: 2, c: 3, d: 4 }],
    ["States.StringToJson($jsonString)", { key: "value" }],
    ["States.JsonToString($jsonObject)", '{"test":"object"}'],
    ["States.MathAdd($value1, $value2)", 8],
    ["States.StringSplit($csvString, ',')", ["a", "b", "c", "d", "e"]],
    ["States.Format('Hello {}, welcome to {}!', $name, $place)", "Hello John, welcome to LocalStack!"],
    // MAP_STATE_REFERENCE_IN_INTRINSIC_FUNCTION: a template from a variable may hold a bare quote.
    ["States.Format($AnswerTemplate, $$.Map.Item.Value)", "It's Charizard!"],
  ];
  for (const [text, expected] of expectations) assert.deepEqual(await run(text, scope), expected, text);
});

test("recorded: MathRandom accepts non-integer and negative bounds and returns an integer in range", async () => {
  const bounds: Array<[number, number]> = [[12.5, 44.51], [9999, 99999], [-99999, -9999]];
  for (const [start, end] of bounds) {
    for (const random of [0, 0.25, 0.999999]) {
      const value = await run("States.MathRandom($.fst, $.snd)", { input: { fst: start, snd: end }, random: () => random });
      assert.equal(typeof value, "number");
      assert.ok(Number.isInteger(value), `${value} is not an integer`);
      assert.ok((value as number) >= Math.floor(start) && (value as number) <= Math.ceil(end), `${value} outside ${start}..${end}`);
    }
  }
});

test("recorded: seeded MathRandom succeeds and is deterministic", async () => {
  const first = await run("States.MathRandom(0, 999, 3)", { random: () => 0.1 });
  const second = await run("States.MathRandom(0, 999, 3)", { random: () => 0.9 });
  assert.ok(Number.isInteger(first) && (first as number) >= 0 && (first as number) < 999);
  assert.equal(second, first, "the seed, not the environment's generator, decides the value");
});

test("UUID returns the environment's UUID and the default one is a v4 UUID", async () => {
  assert.equal(await run("States.UUID()", { uuid: () => "11111111-2222-4333-8444-555555555555" }), "11111111-2222-4333-8444-555555555555");
  const { defaultIntrinsicEnvironment, evaluateIntrinsic } = await import("./evaluate.ts");
  const { parseIntrinsic } = await import("./parse.ts");
  const env = defaultIntrinsicEnvironment(() => null);
  const a = await evaluateIntrinsic(parseIntrinsic("States.UUID()"), env);
  const b = await evaluateIntrinsic(parseIntrinsic("States.UUID()"), env);
  assert.match(String(a), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.notEqual(a, b);
});
