/**
 * `npm run demo`: runs a demo execution through the reference
 * runtime and prints its outcome and history. Pass a definition file and an input to run your own:
 *   npm run demo -- my-machine.asl.json '{"key": "value"}'
 */
import { readFileSync } from "node:fs";
import { runExecution, type Json } from "../mod.ts";
import { printExecution } from "../conformance/cli.ts";

const demo = {
  Comment: "Demo: a Map over the input, a Choice and a Parallel",
  StartAt: "Double",
  States: {
    Double: {
      Type: "Map",
      ItemsPath: "$.numbers",
      ItemProcessor: {
        StartAt: "Twice",
        States: { Twice: { Type: "Pass", Parameters: { "value.$": "States.MathAdd($, $)" }, End: true } },
      },
      ResultPath: "$.doubled",
      Next: "Large?",
    },
    "Large?": {
      Type: "Choice",
      Choices: [{ Variable: "$.doubled[0].value", NumericGreaterThan: 10, Next: "Both" }],
      Default: "Both",
    },
    Both: {
      Type: "Parallel",
      Branches: [
        { StartAt: "Count", States: { Count: { Type: "Pass", Parameters: { "n.$": "States.ArrayLength($.doubled)" }, End: true } } },
        { StartAt: "Greet", States: { Greet: { Type: "Pass", Parameters: { "text.$": "States.Format('Hello, {}!', $.name)" }, End: true } } },
      ],
      End: true,
    },
  },
};

const [file, inputText] = process.argv.slice(2);
const definition = file ? readFileSync(file, "utf8") : JSON.stringify(demo);
const input: Json = inputText ? JSON.parse(inputText) : { name: "Step Functions", numbers: [3, 4, 5] };
printExecution(await runExecution({ definition, input }));
