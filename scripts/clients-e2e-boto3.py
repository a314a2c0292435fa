"""boto3 through a whole Step Functions lifecycle against a running reference runtime.

Usage: python3 scripts/clients-e2e-boto3.py http://127.0.0.1:<port>
Run by scripts/clients-e2e.ts (npm run test:clients), which starts the server with a time scale
of 0.01. Prints one line per check and exits 1 if any check failed (2 on a crash).

start_sync_execution: botocore sends it to `sync-<endpoint host>` (the operation's host prefix),
which does not resolve for a local endpoint; Config(inject_host_prefix=False) keeps the host.
"""

import json
import sys
import threading
import time

import boto3
from botocore.config import Config

ROLE = "arn:aws:iam::123456789012:role/StepFunctions"
PREFIX = "boto3-"
failures = []


def check(label, actual, expected):
    if actual == expected:
        print(f"  ok    boto3: {label}")
    else:
        failures.append(label)
        print(f"  FAIL  boto3: {label}\n        expected {expected!r}\n        actual   {actual!r}")


def wait_until_done(sfn, execution_arn):
    for _ in range(1000):
        described = sfn.describe_execution(executionArn=execution_arn)
        if described["status"] != "RUNNING":
            return described
        time.sleep(0.02)
    raise RuntimeError(f"{execution_arn} still RUNNING")


def event_types(sfn, execution_arn):
    pages = sfn.get_paginator("get_execution_history").paginate(executionArn=execution_arn, PaginationConfig={"PageSize": 3})
    return [event["type"] for page in pages for event in page["events"]]


PASS_WAIT_CHOICE = {
    "StartAt": "Prepare",
    "States": {
        "Prepare": {"Type": "Pass", "Parameters": {"n.$": "$.n"}, "Next": "Pause"},
        "Pause": {"Type": "Wait", "Seconds": 1, "Next": "Big?"},
        "Big?": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericGreaterThan": 2, "Next": "Big"}], "Default": "Small"},
        "Big": {"Type": "Pass", "Result": "big", "ResultPath": "$.size", "End": True},
        "Small": {"Type": "Fail", "Error": "TooSmall", "Cause": "n is at most 2"},
    },
}


def main(endpoint):
    session = boto3.session.Session(aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1")
    config = Config(inject_host_prefix=False, retries={"max_attempts": 1}, read_timeout=30)
    sfn = session.client("stepfunctions", endpoint_url=endpoint, config=config)

    # Create (and publish version 1), start, describe, history.
    created = sfn.create_state_machine(name=PREFIX + "pwc", definition=json.dumps(PASS_WAIT_CHOICE), roleArn=ROLE, publish=True, versionDescription="first")
    machine = created["stateMachineArn"]
    check("create_state_machine ARN", machine, "arn:aws:states:us-east-1:123456789012:stateMachine:boto3-pwc")
    check("create_state_machine publishes version 1", created.get("stateMachineVersionArn"), machine + ":1")
    started = sfn.start_execution(stateMachineArn=machine, name="big", input='{"n": 3}')
    described = wait_until_done(sfn, started["executionArn"])
    check("describe_execution status", described["status"], "SUCCEEDED")
    check("describe_execution output", json.loads(described["output"]), {"n": 3, "size": "big"})
    check("describe_execution startDate is a datetime", type(described["startDate"]).__name__, "datetime")
    check(
        "get_execution_history event types (paginated by 3)",
        event_types(sfn, started["executionArn"]),
        ["ExecutionStarted", "PassStateEntered", "PassStateExited", "WaitStateEntered", "WaitStateExited", "ChoiceStateEntered", "ChoiceStateExited", "PassStateEntered", "PassStateExited", "ExecutionSucceeded"],
    )
    failed = wait_until_done(sfn, sfn.start_execution(stateMachineArn=machine, name="small", input='{"n": 1}')["executionArn"])
    check("a Fail state fails the execution", (failed["status"], failed.get("error"), failed.get("cause")), ("FAILED", "TooSmall", "n is at most 2"))

    # Lists, with boto3's paginators.
    executions = [e["name"] for page in sfn.get_paginator("list_executions").paginate(stateMachineArn=machine, PaginationConfig={"PageSize": 1}) for e in page["executions"]]
    check("list_executions (page size 1)", sorted(executions), ["big", "small"])
    only_failed = sfn.list_executions(stateMachineArn=machine, statusFilter="FAILED")["executions"]
    check("list_executions statusFilter=FAILED", [e["name"] for e in only_failed], ["small"])

    # Versions and aliases: update, publish version 2, route an alias, run through it.
    sfn.update_state_machine(stateMachineArn=machine, definition=json.dumps({"StartAt": "V2", "States": {"V2": {"Type": "Pass", "Result": "v2", "End": True}}}))
    version2 = sfn.publish_state_machine_version(stateMachineArn=machine, description="second")["stateMachineVersionArn"]
    check("publish_state_machine_version", version2, machine + ":2")
    versions = [v["stateMachineVersionArn"] for v in sfn.list_state_machine_versions(stateMachineArn=machine)["stateMachineVersions"]]
    check("list_state_machine_versions (newest first)", versions, [machine + ":2", machine + ":1"])
    alias = sfn.create_state_machine_alias(name="live", routingConfiguration=[{"stateMachineVersionArn": version2, "weight": 100}])["stateMachineAliasArn"]
    check("create_state_machine_alias", alias, machine + ":live")
    via_alias = wait_until_done(sfn, sfn.start_execution(stateMachineArn=alias, input="{}")["executionArn"])
    check("an execution through the alias runs version 2", (via_alias["status"], via_alias.get("output")), ("SUCCEEDED", '"v2"'))
    check("describe_execution names the alias and the version", (via_alias.get("stateMachineAliasArn"), via_alias.get("stateMachineVersionArn")), (alias, version2))
    aliases = [a["stateMachineAliasArn"] for a in sfn.list_state_machine_aliases(stateMachineArn=machine)["stateMachineAliases"]]
    check("list_state_machine_aliases", aliases, [alias])

    # Express + start_sync_execution (needs inject_host_prefix=False).
    express = sfn.create_state_machine(name=PREFIX + "express", definition=json.dumps(PASS_WAIT_CHOICE), roleArn=ROLE, type="EXPRESS")["stateMachineArn"]
    synced = sfn.start_sync_execution(stateMachineArn=express, input='{"n": 9}')
    check("start_sync_execution status and output", (synced["status"], json.loads(synced["output"])), ("SUCCEEDED", {"n": 9, "size": "big"}))
    check("start_sync_execution billing details", sorted(synced["billingDetails"].keys()), ["billedDurationInMilliseconds", "billedMemoryUsedInMB"])

    # An activity worker.
    activity = sfn.create_activity(name=PREFIX + "activity")["activityArn"]
    worker_machine = sfn.create_state_machine(
        name=PREFIX + "worker", roleArn=ROLE, definition=json.dumps({"StartAt": "Work", "States": {"Work": {"Type": "Task", "Resource": activity, "End": True}}})
    )["stateMachineArn"]
    # The worker polls before the task exists, as a real one does: the task reaches its open poll.
    task = {}

    def work():
        for _ in range(100):
            answer = sfn.get_activity_task(activityArn=activity, workerName="boto3-worker")
            if answer.get("taskToken"):
                task.update(answer)
                return

    worker = threading.Thread(target=work)
    worker.start()
    time.sleep(0.3)
    job = sfn.start_execution(stateMachineArn=worker_machine, input='{"job": 1}')["executionArn"]
    worker.join(60)
    check("get_activity_task hands out the input", json.loads(task.get("input") or "null"), {"job": 1})
    sfn.send_task_success(taskToken=task["taskToken"], output='{"result": "done"}')
    worked = wait_until_done(sfn, job)
    check("the activity's output ends the execution", (worked["status"], json.loads(worked.get("output") or "null")), ("SUCCEEDED", {"result": "done"}))
    history = sfn.get_execution_history(executionArn=job)["events"]
    started_events = [e["activityStartedEventDetails"]["workerName"] for e in history if e["type"] == "ActivityStarted"]
    check("ActivityStarted names the worker", started_events, ["boto3-worker"])
    try:
        sfn.send_task_success(taskToken=task["taskToken"], output="{}")
        check("a used task token is rejected", "accepted", "TaskTimedOut")
    except sfn.exceptions.TaskTimedOut:
        check("a used task token is rejected", "TaskTimedOut", "TaskTimedOut")

    # StopExecution.
    sleeper = sfn.create_state_machine(
        name=PREFIX + "sleeper", roleArn=ROLE, definition=json.dumps({"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 86400, "End": True}}})
    )["stateMachineArn"]
    long_run = sfn.start_execution(stateMachineArn=sleeper)["executionArn"]
    sfn.stop_execution(executionArn=long_run, error="Operator", cause="stopped by boto3")
    aborted = wait_until_done(sfn, long_run)
    check("stop_execution aborts", (aborted["status"], aborted.get("error"), aborted.get("cause")), ("ABORTED", "Operator", "stopped by boto3"))

    # Errors as typed exceptions.
    missing = "arn:aws:states:us-east-1:123456789012:execution:boto3-pwc:missing"
    try:
        sfn.describe_execution(executionArn=missing)
        check("describe_execution of a missing execution", "no error", "ExecutionDoesNotExist")
    except sfn.exceptions.ExecutionDoesNotExist as error:
        check("describe_execution of a missing execution", (error.response["Error"]["Code"], error.response["Error"]["Message"]), ("ExecutionDoesNotExist", f"Execution Does Not Exist: '{missing}'"))

    # Listing all machines with paging, then deleting everything.
    names = [m["name"] for page in sfn.get_paginator("list_state_machines").paginate(PaginationConfig={"PageSize": 2}) for m in page["stateMachines"]]
    check("list_state_machines (page size 2) sees ours", sorted(n for n in names if n.startswith(PREFIX)), ["boto3-express", "boto3-pwc", "boto3-sleeper", "boto3-worker"])
    sfn.delete_state_machine_alias(stateMachineAliasArn=alias)
    sfn.delete_state_machine_version(stateMachineVersionArn=machine + ":1")
    check("versions left after deleting version 1", [v["stateMachineVersionArn"] for v in sfn.list_state_machine_versions(stateMachineArn=machine)["stateMachineVersions"]], [version2])
    for arn in (machine, express, worker_machine, sleeper):
        sfn.delete_state_machine(stateMachineArn=arn)
    sfn.delete_activity(activityArn=activity)
    try:
        sfn.describe_state_machine(stateMachineArn=machine)
        check("describe_state_machine after delete", "found", "StateMachineDoesNotExist")
    except sfn.exceptions.StateMachineDoesNotExist:
        check("describe_state_machine after delete", "StateMachineDoesNotExist", "StateMachineDoesNotExist")
    left = [m["name"] for m in sfn.list_state_machines()["stateMachines"] if m["name"].startswith(PREFIX)]
    check("no boto3 machines left", left, [])
    check("no boto3 activities left", [a["name"] for a in sfn.list_activities()["activities"] if a["name"].startswith(PREFIX)], [])

    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
