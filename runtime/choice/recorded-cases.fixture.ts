/**
 * Test fixture: every JSONPath execution case of the recorded real-AWS oracle
 * (/work/shared/oracle/aws-recorded/choice.json; LocalStack snapshot recordings, Apache-2.0, see
 * oracle/LICENSE-localstack.txt) whose machine uses only Pass/Choice/Succeed/Fail states, grouped by
 * definition. Extracted mechanically (python3 json: definition, input parsed from input_raw,
 * expected) — do not edit by hand. Skipped: the JSONata-only case(s) listed in SKIPPED_CASE_IDS.
 */
import type { Json, JsonObject } from "../core/json.ts";

export interface RecordedChoiceCase {
  id: string;
  input: Json;
  expected: { status: "SUCCEEDED"; output: Json } | { status: "FAILED"; error?: string; cause?: string };
}

export interface RecordedChoiceMachine {
  definition: JsonObject;
  cases: RecordedChoiceCase[];
}

export const SKIPPED_CASE_IDS: string[] = ["scenarios/test_base_scenarios.py::test_choice_condition_constant_jsonata"];

export const RECORDED_CHOICE_MACHINES: RecordedChoiceMachine[] = [
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "BooleanEquals": true, "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals#cases[0]", "input": {"Variable": null, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals#cases[4]", "input": {"Variable": 0.0, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals#cases[6]", "input": {"Variable": 1, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals#cases[10]", "input": {"Variable": "", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals#cases[14]", "input": {"Variable": "HelloWorld", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals#cases[16]", "input": {"Variable": "2012-10-09T19:00:55", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals#cases[18]", "input": {"Variable": "2012-10-09T19:00:55Z", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals#cases[20]", "input": {"Variable": "2012-10-09T19:00:55+01:00", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals#cases[24]", "input": {"Variable": [], "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals#cases[26]", "input": {"Variable": [""], "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals#cases[28]", "input": {"Variable": {}, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals#cases[30]", "input": {"Variable": {"A": 0}, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals#cases[32]", "input": {"Variable": true, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals#cases[34]", "input": {"Variable": false, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "BooleanEquals": false, "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals#cases[3]", "input": {"Variable": 0, "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals#cases[11]", "input": {"Variable": "", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals#cases[19]", "input": {"Variable": "2012-10-09T19:00:55Z", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals#cases[21]", "input": {"Variable": "2012-10-09T19:00:55+01:00", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals#cases[25]", "input": {"Variable": [], "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals#cases[27]", "input": {"Variable": [""], "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals#cases[31]", "input": {"Variable": {"A": 0}, "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals#cases[35]", "input": {"Variable": false, "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "BooleanEqualsPath": "$.Value", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[0]", "input": {"Variable": null, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[1]", "input": {"Variable": null, "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[3]", "input": {"Variable": 0, "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[4]", "input": {"Variable": 0.0, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[5]", "input": {"Variable": 0.0, "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[6]", "input": {"Variable": 1, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[10]", "input": {"Variable": "", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[12]", "input": {"Variable": " ", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[13]", "input": {"Variable": " ", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[15]", "input": {"Variable": "HelloWorld", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[16]", "input": {"Variable": "2012-10-09T19:00:55", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[18]", "input": {"Variable": "2012-10-09T19:00:55Z", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[19]", "input": {"Variable": "2012-10-09T19:00:55Z", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[20]", "input": {"Variable": "2012-10-09T19:00:55+01:00", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[21]", "input": {"Variable": "2012-10-09T19:00:55+01:00", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[22]", "input": {"Variable": "2023-02-24", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[23]", "input": {"Variable": "2023-02-24", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[24]", "input": {"Variable": [], "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[25]", "input": {"Variable": [], "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[26]", "input": {"Variable": [""], "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[27]", "input": {"Variable": [""], "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[28]", "input": {"Variable": {}, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[30]", "input": {"Variable": {"A": 0}, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[32]", "input": {"Variable": true, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[34]", "input": {"Variable": false, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_boolean_equals.py::test_boolean_equals_path#cases[35]", "input": {"Variable": false, "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "IsBoolean": true, "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[2]", "input": {"Variable": 0, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[4]", "input": {"Variable": 0.0, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[8]", "input": {"Variable": 1.1, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[10]", "input": {"Variable": "", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[12]", "input": {"Variable": " ", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[16]", "input": {"Variable": "2012-10-09T19:00:55", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[20]", "input": {"Variable": "2012-10-09T19:00:55+01:00", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[22]", "input": {"Variable": "2023-02-24", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[24]", "input": {"Variable": [], "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[26]", "input": {"Variable": [""], "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[28]", "input": {"Variable": {}, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[30]", "input": {"Variable": {"A": 0}, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[32]", "input": {"Variable": true, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[33]", "input": {"Variable": false, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[34]", "input": {"Variable": false, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "IsBoolean": false, "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[5]", "input": {"Variable": 0.0, "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[11]", "input": {"Variable": "", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[13]", "input": {"Variable": " ", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[17]", "input": {"Variable": "2012-10-09T19:00:55", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[19]", "input": {"Variable": "2012-10-09T19:00:55Z", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[21]", "input": {"Variable": "2012-10-09T19:00:55+01:00", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[23]", "input": {"Variable": "2023-02-24", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[25]", "input": {"Variable": [], "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[27]", "input": {"Variable": [""], "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[29]", "input": {"Variable": {}, "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_boolean#cases[31]", "input": {"Variable": {"A": 0}, "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "IsNull": true, "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_is_operators.py::test_is_null#cases[4]", "input": {"Variable": 0.0, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_null#cases[6]", "input": {"Variable": 1, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_null#cases[8]", "input": {"Variable": 1.1, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_null#cases[10]", "input": {"Variable": "", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_null#cases[12]", "input": {"Variable": " ", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_null#cases[14]", "input": {"Variable": "HelloWorld", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_null#cases[18]", "input": {"Variable": "2012-10-09T19:00:55Z", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_null#cases[20]", "input": {"Variable": "2012-10-09T19:00:55+01:00", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_null#cases[22]", "input": {"Variable": "2023-02-24", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_null#cases[24]", "input": {"Variable": [], "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_null#cases[26]", "input": {"Variable": [""], "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_null#cases[28]", "input": {"Variable": {}, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_null#cases[32]", "input": {"Variable": true, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_null#cases[33]", "input": {"Variable": false, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "IsNull": false, "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_is_operators.py::test_is_null#cases[9]", "input": {"Variable": 1.1, "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_null#cases[11]", "input": {"Variable": "", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_null#cases[13]", "input": {"Variable": " ", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_null#cases[15]", "input": {"Variable": "HelloWorld", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_null#cases[23]", "input": {"Variable": "2023-02-24", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_null#cases[25]", "input": {"Variable": [], "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_null#cases[27]", "input": {"Variable": [""], "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "IsNumeric": true, "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[0]", "input": {"Variable": null, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[2]", "input": {"Variable": 0, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[8]", "input": {"Variable": 1.1, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[14]", "input": {"Variable": "HelloWorld", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[16]", "input": {"Variable": "2012-10-09T19:00:55", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[20]", "input": {"Variable": "2012-10-09T19:00:55+01:00", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[22]", "input": {"Variable": "2023-02-24", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[24]", "input": {"Variable": [], "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[26]", "input": {"Variable": [""], "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[30]", "input": {"Variable": {"A": 0}, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[32]", "input": {"Variable": true, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[34]", "input": {"Variable": false, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "IsNumeric": false, "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[1]", "input": {"Variable": null, "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[5]", "input": {"Variable": 0.0, "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[7]", "input": {"Variable": 1, "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[9]", "input": {"Variable": 1.1, "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[11]", "input": {"Variable": "", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[13]", "input": {"Variable": " ", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[15]", "input": {"Variable": "HelloWorld", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[21]", "input": {"Variable": "2012-10-09T19:00:55+01:00", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[23]", "input": {"Variable": "2023-02-24", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[27]", "input": {"Variable": [""], "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[29]", "input": {"Variable": {}, "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[31]", "input": {"Variable": {"A": 0}, "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_numeric#cases[35]", "input": {"Variable": false, "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "IsPresent": true, "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_is_operators.py::test_is_present#cases[0]", "input": {"Variable": null, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_present#cases[4]", "input": {"Variable": 0.0, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_present#cases[14]", "input": {"Variable": "HelloWorld", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_present#cases[16]", "input": {"Variable": "2012-10-09T19:00:55", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_present#cases[18]", "input": {"Variable": "2012-10-09T19:00:55Z", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_present#cases[24]", "input": {"Variable": [], "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_present#cases[28]", "input": {"Variable": {}, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_present#cases[30]", "input": {"Variable": {"A": 0}, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_present#cases[32]", "input": {"Variable": true, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "IsPresent": false, "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_is_operators.py::test_is_present#cases[7]", "input": {"Variable": 1, "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_present#cases[11]", "input": {"Variable": "", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_present#cases[13]", "input": {"Variable": " ", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_present#cases[17]", "input": {"Variable": "2012-10-09T19:00:55", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_present#cases[21]", "input": {"Variable": "2012-10-09T19:00:55+01:00", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_present#cases[23]", "input": {"Variable": "2023-02-24", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_present#cases[27]", "input": {"Variable": [""], "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_present#cases[29]", "input": {"Variable": {}, "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "IsString": true, "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[0]", "input": {"Variable": null, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[2]", "input": {"Variable": 0, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[4]", "input": {"Variable": 0.0, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[10]", "input": {"Variable": "", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[12]", "input": {"Variable": " ", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[14]", "input": {"Variable": "HelloWorld", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[16]", "input": {"Variable": "2012-10-09T19:00:55", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[20]", "input": {"Variable": "2012-10-09T19:00:55+01:00", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[22]", "input": {"Variable": "2023-02-24", "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[24]", "input": {"Variable": [], "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[28]", "input": {"Variable": {}, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[32]", "input": {"Variable": true, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[33]", "input": {"Variable": false, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[34]", "input": {"Variable": false, "Value": true}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "IsString": false, "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[3]", "input": {"Variable": 0, "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[5]", "input": {"Variable": 0.0, "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[7]", "input": {"Variable": 1, "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[9]", "input": {"Variable": 1.1, "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[11]", "input": {"Variable": "", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[13]", "input": {"Variable": " ", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[15]", "input": {"Variable": "HelloWorld", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[17]", "input": {"Variable": "2012-10-09T19:00:55", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[19]", "input": {"Variable": "2012-10-09T19:00:55Z", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[21]", "input": {"Variable": "2012-10-09T19:00:55+01:00", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[23]", "input": {"Variable": "2023-02-24", "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_is_operators.py::test_is_string#cases[27]", "input": {"Variable": [""], "Value": false}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "NumericEquals": 0.0, "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[1]", "input": {"Variable": null, "Value": 0.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[5]", "input": {"Variable": 0, "Value": 0.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[9]", "input": {"Variable": 0.0, "Value": 0.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[13]", "input": {"Variable": 1, "Value": 0.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[17]", "input": {"Variable": 1.1, "Value": 0.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[21]", "input": {"Variable": "", "Value": 0.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[25]", "input": {"Variable": " ", "Value": 0.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[33]", "input": {"Variable": [""], "Value": 0.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[41]", "input": {"Variable": {"A": 0}, "Value": 0.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "NumericEquals": 1.0, "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[3]", "input": {"Variable": null, "Value": 1.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[7]", "input": {"Variable": 0, "Value": 1.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[31]", "input": {"Variable": [], "Value": 1.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[35]", "input": {"Variable": [""], "Value": 1.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[39]", "input": {"Variable": {}, "Value": 1.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[43]", "input": {"Variable": {"A": 0}, "Value": 1.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[47]", "input": {"Variable": false, "Value": 1.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "NumericEquals": 0, "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[4]", "input": {"Variable": 0, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[16]", "input": {"Variable": 1.1, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[20]", "input": {"Variable": "", "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[24]", "input": {"Variable": " ", "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[28]", "input": {"Variable": [], "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[32]", "input": {"Variable": [""], "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[40]", "input": {"Variable": {"A": 0}, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[44]", "input": {"Variable": false, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[48]", "input": {"Variable": true, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[52]", "input": {"Variable": 0, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[53]", "input": {"Variable": 0.0, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "NumericEquals": 1, "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[6]", "input": {"Variable": 0, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[10]", "input": {"Variable": 0.0, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[18]", "input": {"Variable": 1.1, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[22]", "input": {"Variable": "", "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[26]", "input": {"Variable": " ", "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[30]", "input": {"Variable": [], "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[38]", "input": {"Variable": {}, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[42]", "input": {"Variable": {"A": 0}, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[50]", "input": {"Variable": true, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "NumericEquals": 2.22, "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_numeric.py::test_numeric_equals#cases[54]", "input": {"Variable": 2.22, "Value": 2.22}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "NumericEqualsPath": "$.Value", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[3]", "input": {"Variable": null, "Value": 1.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[4]", "input": {"Variable": 0, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[6]", "input": {"Variable": 0, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[7]", "input": {"Variable": 0, "Value": 1.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[8]", "input": {"Variable": 0.0, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[9]", "input": {"Variable": 0.0, "Value": 0.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[10]", "input": {"Variable": 0.0, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[11]", "input": {"Variable": 0.0, "Value": 1.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[12]", "input": {"Variable": 1, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[14]", "input": {"Variable": 1, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[16]", "input": {"Variable": 1.1, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[18]", "input": {"Variable": 1.1, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[20]", "input": {"Variable": "", "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[22]", "input": {"Variable": "", "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[23]", "input": {"Variable": "", "Value": 1.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[24]", "input": {"Variable": " ", "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[25]", "input": {"Variable": " ", "Value": 0.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[26]", "input": {"Variable": " ", "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[27]", "input": {"Variable": " ", "Value": 1.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[28]", "input": {"Variable": [], "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[29]", "input": {"Variable": [], "Value": 0.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[32]", "input": {"Variable": [""], "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[33]", "input": {"Variable": [""], "Value": 0.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[34]", "input": {"Variable": [""], "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[37]", "input": {"Variable": {}, "Value": 0.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[38]", "input": {"Variable": {}, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[39]", "input": {"Variable": {}, "Value": 1.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[40]", "input": {"Variable": {"A": 0}, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[41]", "input": {"Variable": {"A": 0}, "Value": 0.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[43]", "input": {"Variable": {"A": 0}, "Value": 1.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[44]", "input": {"Variable": false, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[45]", "input": {"Variable": false, "Value": 0.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[47]", "input": {"Variable": false, "Value": 1.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[48]", "input": {"Variable": true, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[49]", "input": {"Variable": true, "Value": 0.0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[50]", "input": {"Variable": true, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[53]", "input": {"Variable": 0.0, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_equals_path#cases[54]", "input": {"Variable": 2.22, "Value": 2.22}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "NumericGreaterThan": 1, "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_numeric.py::test_numeric_greater_than#cases[3]", "input": {"Variable": 1, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_greater_than#cases[5]", "input": {"Variable": 0, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "NumericGreaterThanPath": "$.Value", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_numeric.py::test_numeric_greater_than_path#cases[0]", "input": {"Variable": 0, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_greater_than_path#cases[1]", "input": {"Variable": 0.0, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_greater_than_path#cases[2]", "input": {"Variable": 0, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_greater_than_path#cases[3]", "input": {"Variable": 1, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_greater_than_path#cases[4]", "input": {"Variable": 1, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_greater_than_path#cases[5]", "input": {"Variable": 0, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "NumericGreaterThanEquals": 1, "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_numeric.py::test_numeric_greater_than_equals#cases[3]", "input": {"Variable": 1, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "NumericGreaterThanEquals": 0, "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_numeric.py::test_numeric_greater_than_equals#cases[4]", "input": {"Variable": 1, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "NumericGreaterThanEqualsPath": "$.Value", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_numeric.py::test_numeric_greater_than_equals_path#cases[0]", "input": {"Variable": 0, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_greater_than_equals_path#cases[3]", "input": {"Variable": 1, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_greater_than_equals_path#cases[4]", "input": {"Variable": 1, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_greater_than_equals_path#cases[5]", "input": {"Variable": 0, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "NumericLessThan": 0, "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_numeric.py::test_numeric_less_than#cases[1]", "input": {"Variable": 0.0, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_less_than#cases[4]", "input": {"Variable": 1, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "NumericLessThan": 1, "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_numeric.py::test_numeric_less_than#cases[2]", "input": {"Variable": 0, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_less_than#cases[3]", "input": {"Variable": 1, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "NumericLessThanPath": "$.Value", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_numeric.py::test_numeric_less_than_path#cases[0]", "input": {"Variable": 0, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_less_than_path#cases[2]", "input": {"Variable": 0, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "NumericLessThanEquals": 0, "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_numeric.py::test_numeric_less_than_equals#cases[0]", "input": {"Variable": 0, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_less_than_equals#cases[4]", "input": {"Variable": 1, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "NumericLessThanEquals": 1, "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_numeric.py::test_numeric_less_than_equals#cases[2]", "input": {"Variable": 0, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_less_than_equals#cases[3]", "input": {"Variable": 1, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_less_than_equals#cases[5]", "input": {"Variable": 0, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "NumericLessThanEqualsPath": "$.Value", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_numeric.py::test_numeric_less_than_equals_path#cases[0]", "input": {"Variable": 0, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_less_than_equals_path#cases[1]", "input": {"Variable": 0.0, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_less_than_equals_path#cases[2]", "input": {"Variable": 0, "Value": 1}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_numeric.py::test_numeric_less_than_equals_path#cases[4]", "input": {"Variable": 1, "Value": 0}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "StringEquals": "HelloWorld", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_string_operators.py::test_string_equals#cases[0]", "input": {"Variable": null, "Value": "HelloWorld"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_string_operators.py::test_string_equals#cases[1]", "input": {"Variable": 0, "Value": "HelloWorld"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_string_operators.py::test_string_equals#cases[2]", "input": {"Variable": 0.0, "Value": "HelloWorld"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_string_operators.py::test_string_equals#cases[4]", "input": {"Variable": 1.1, "Value": "HelloWorld"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_string_operators.py::test_string_equals#cases[5]", "input": {"Variable": "", "Value": "HelloWorld"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_string_operators.py::test_string_equals#cases[6]", "input": {"Variable": " ", "Value": "HelloWorld"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_string_operators.py::test_string_equals#cases[7]", "input": {"Variable": [], "Value": "HelloWorld"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_string_operators.py::test_string_equals#cases[10]", "input": {"Variable": {"A": 0}, "Value": "HelloWorld"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_string_operators.py::test_string_equals#cases[11]", "input": {"Variable": false, "Value": "HelloWorld"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "StringEquals": "\t\r\n", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_string_operators.py::test_string_equals#cases[14]", "input": {"Variable": "\t\n", "Value": "\t\r\n"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "StringEquals": "Hello", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_string_operators.py::test_string_equals#cases[15]", "input": {"Variable": "Hello", "Value": "Hello"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "StringEqualsPath": "$.Value", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_string_operators.py::test_string_equals_path#cases[0]", "input": {"Variable": " ", "Value": "     "}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_string_operators.py::test_string_equals_path#cases[2]", "input": {"Variable": "Hello", "Value": "Hello"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "StringGreaterThan": "", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_string_operators.py::test_string_greater_than#cases[0]", "input": {"Variable": "", "Value": ""}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "StringGreaterThan": "ABC", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_string_operators.py::test_string_greater_than#cases[3]", "input": {"Variable": "AB", "Value": "ABC"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "StringGreaterThanPath": "$.Value", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_string_operators.py::test_string_greater_than_path#cases[1]", "input": {"Variable": "A", "Value": "A "}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_string_operators.py::test_string_greater_than_path#cases[3]", "input": {"Variable": "AB", "Value": "ABC"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "StringGreaterThanEquals": "", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_string_operators.py::test_string_greater_than_equals#cases[0]", "input": {"Variable": "", "Value": ""}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "StringGreaterThanEquals": "AB", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_string_operators.py::test_string_greater_than_equals#cases[1]", "input": {"Variable": "A", "Value": "AB"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "StringGreaterThanEquals": "A", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_string_operators.py::test_string_greater_than_equals#cases[2]", "input": {"Variable": "AB", "Value": "A"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "StringGreaterThanEqualsPath": "$.Value", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_string_operators.py::test_string_greater_than_equals_path#cases[0]", "input": {"Variable": "", "Value": ""}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_string_operators.py::test_string_greater_than_equals_path#cases[1]", "input": {"Variable": "A", "Value": "AB"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "StringLessThan": "AB", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_string_operators.py::test_string_less_than#cases[1]", "input": {"Variable": "A", "Value": "AB"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "StringLessThanPath": "$.Value", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_string_operators.py::test_string_less_than_path#cases[2]", "input": {"Variable": "AB", "Value": "A"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "StringLessThanEquals": "", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_string_operators.py::test_string_less_than_equals#cases[0]", "input": {"Variable": "", "Value": ""}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "StringLessThanEquals": "AB", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_string_operators.py::test_string_less_than_equals#cases[1]", "input": {"Variable": "A", "Value": "AB"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "StringLessThanEqualsPath": "$.Value", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_string_operators.py::test_string_less_than_equals_path#cases[0]", "input": {"Variable": "", "Value": ""}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_string_operators.py::test_string_less_than_equals_path#cases[2]", "input": {"Variable": "AB", "Value": "A"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "TimestampEquals": "2012-10-09T19:00:55Z", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_equals#cases[0]", "input": {"Variable": null, "Value": "2012-10-09T19:00:55Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_equals#cases[1]", "input": {"Variable": 0, "Value": "2012-10-09T19:00:55Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_equals#cases[2]", "input": {"Variable": 0.0, "Value": "2012-10-09T19:00:55Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_equals#cases[3]", "input": {"Variable": 1, "Value": "2012-10-09T19:00:55Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_equals#cases[5]", "input": {"Variable": "", "Value": "2012-10-09T19:00:55Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_equals#cases[7]", "input": {"Variable": "2023-02-24 12:15:56.832957", "Value": "2012-10-09T19:00:55Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_equals#cases[8]", "input": {"Variable": [], "Value": "2012-10-09T19:00:55Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_equals#cases[9]", "input": {"Variable": [""], "Value": "2012-10-09T19:00:55Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_equals#cases[13]", "input": {"Variable": true, "Value": "2012-10-09T19:00:55Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_equals#cases[14]", "input": {"Variable": "2012-10-09T19:00:55Z", "Value": "2012-10-09T19:00:55Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_equals#cases[16]", "input": {"Variable": "2012-10-09T19:00:56Z", "Value": "2012-10-09T19:00:55Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "TimestampEquals": "2012-10-09T19:00:56Z", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_equals#cases[15]", "input": {"Variable": "2012-10-09T19:00:55Z", "Value": "2012-10-09T19:00:56Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "TimestampEqualsPath": "$.Value", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_equals_path#cases[0]", "input": {"Variable": "2012-10-09T19:00:55Z", "Value": "2012-10-09T19:00:55Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_equals_path#cases[1]", "input": {"Variable": "2012-10-09T19:00:55Z", "Value": "2012-10-09T19:00:56Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_equals_path#cases[2]", "input": {"Variable": "2012-10-09T19:00:56Z", "Value": "2012-10-09T19:00:55Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "TimestampGreaterThan": "2012-10-09T19:00:55Z", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_greater_than#cases[0]", "input": {"Variable": "2012-10-09T19:00:55Z", "Value": "2012-10-09T19:00:55Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "TimestampGreaterThan": "2012-10-09T19:00:56Z", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_greater_than#cases[1]", "input": {"Variable": "2012-10-09T19:00:55Z", "Value": "2012-10-09T19:00:56Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "TimestampGreaterThanPath": "$.Value", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_greater_than_path", "input": {"Variable": "2012-10-09T19:00:55Z", "Value": "2012-10-09T19:00:56Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "TimestampGreaterThanEquals": "2012-10-09T19:00:55Z", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_greater_than_equals#cases[0]", "input": {"Variable": "2012-10-09T19:00:55Z", "Value": "2012-10-09T19:00:55Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "TimestampGreaterThanEquals": "2012-10-09T19:00:56Z", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_greater_than_equals#cases[1]", "input": {"Variable": "2012-10-09T19:00:55Z", "Value": "2012-10-09T19:00:56Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "TimestampLessThan": "2012-10-09T19:00:56Z", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_less_than#cases[1]", "input": {"Variable": "2012-10-09T19:00:55Z", "Value": "2012-10-09T19:00:56Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "TimestampLessThan": "2012-10-09T19:00:55Z", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_less_than#cases[2]", "input": {"Variable": "2012-10-09T19:00:56Z", "Value": "2012-10-09T19:00:55Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "TimestampLessThanPath": "$.Value", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_less_than_path", "input": {"Variable": "2012-10-09T19:00:56Z", "Value": "2012-10-09T19:00:55Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "TimestampLessThanEquals": "2012-10-09T19:00:56Z", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_less_than_equals#cases[1]", "input": {"Variable": "2012-10-09T19:00:55Z", "Value": "2012-10-09T19:00:56Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionTrue"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "TimestampLessThanEquals": "2012-10-09T19:00:55Z", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_less_than_equals#cases[2]", "input": {"Variable": "2012-10-09T19:00:56Z", "Value": "2012-10-09T19:00:55Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"Comment": "BASE_TEMPLATE", "StartAt": "CheckValues", "States": {"CheckValues": {"Type": "Choice", "Choices": [{"Variable": "$.Variable", "TimestampLessThanEqualsPath": "$.Value", "Next": "ConditionTrue"}], "Default": "ConditionFalse"}, "ConditionTrue": {"Type": "Pass", "Result": {"TestResult.$": "ConditionTrue"}, "End": true}, "ConditionFalse": {"Type": "Pass", "Result": {"TestResult.$": "ConditionFalse"}, "End": true}}},
    cases: [
      {"id": "choice_operators/test_timestamp_operators.py::test_timestamp_less_than_equals_path", "input": {"Variable": "2012-10-09T19:00:56Z", "Value": "2012-10-09T19:00:55Z"}, "expected": {"status": "SUCCEEDED", "output": {"TestResult.$": "ConditionFalse"}}},
    ],
  },
  {
    definition: {"StartAt": "CheckResult", "States": {"CheckResult": {"Choices": [{"BooleanEquals": true, "Next": "FinishTrue", "Variable": "$.result.done"}, {"BooleanEquals": false, "Next": "FinishFalse", "Variable": "$.result.done"}], "Type": "Choice"}, "FinishTrue": {"End": true, "Type": "Pass"}, "FinishFalse": {"End": true, "Type": "Pass"}}},
    cases: [
      {"id": "scenarios/test_base_scenarios.py::test_choice_unsorted_parameters_positive[CHOICE_STATE_UNSORTED_CHOICE_PARAMETERS]", "input": {"result": {"done": true}}, "expected": {"status": "SUCCEEDED", "output": {"result": {"done": true}}}},
      {"id": "scenarios/test_base_scenarios.py::test_choice_unsorted_parameters_negative[CHOICE_STATE_UNSORTED_CHOICE_PARAMETERS]", "input": {"result": {"done": false}}, "expected": {"status": "SUCCEEDED", "output": {"result": {"done": false}}}},
    ],
  },
  {
    definition: {"StartAt": "ChoiceStateX", "States": {"ChoiceStateX": {"Type": "Choice", "Choices": [{"And": [{"Variable": "$.type", "StringEquals": "Public"}], "Next": "Public"}], "Default": "DefaultState"}, "Public": {"Type": "Pass", "End": true}, "DefaultState": {"Type": "Fail", "Cause": "No Matches!"}}},
    cases: [
      {"id": "scenarios/test_base_scenarios.py::test_choice_singleton_composite[CHOICE_STATE_SINGLETON_COMPOSITE]", "input": {"type": "Public", "value": 22}, "expected": {"status": "SUCCEEDED", "output": {"type": "Public", "value": 22}}},
    ],
  },
];
