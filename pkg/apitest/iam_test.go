package apitest

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"namebot/pkg/local"
)

// checkIAM holds every AWS call the functions made during this package's
// tests (DynamoDB operation on a table or index, S3 operation on a bucket
// or key, presigned uploads included) against the function's policy in
// template.yaml, so that a permission missing from the template fails
// here rather than on AWS. It runs after all tests, whatever their order;
// with -run it checks what the selected tests did, and on a full run it
// also requires calls from every function (a recorder that went blind
// would otherwise pass). It returns the exit code to add.
func checkIAM() int {
	root, err := local.Root()
	if err != nil {
		fmt.Fprintln(os.Stderr, "IAM check:", err)
		return 1
	}
	tmpl, err := local.LoadTemplate(filepath.Join(root, "template.yaml"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "IAM check:", err)
		return 1
	}
	calls := Calls.Calls()
	denied, err := tmpl.CheckCalls(calls, Calls.Env)
	if err != nil {
		fmt.Fprintln(os.Stderr, "IAM check:", err)
		return 1
	}
	perFunction := map[string]int{}
	for _, c := range calls {
		perFunction[c.Function]++
		if os.Getenv("IAM_CALLS") != "" {
			fmt.Println("IAM call:", c)
		}
	}
	code := 0
	for _, d := range denied {
		fmt.Fprintf(os.Stderr, "IAM check: template.yaml: %s\n", d.Reason)
		code = 1
	}
	if f := flag.Lookup("test.run"); f != nil && f.Value.String() == "" {
		for id := range tmpl.Functions {
			// A function without policies (the name review) must make no
			// call at all: CheckCalls above denies any it makes.
			if perFunction[id] == 0 && tmpl.Functions[id].Properties["Policies"] != nil {
				fmt.Fprintf(os.Stderr, "IAM check: no AWS call recorded for %s: is the recorder still wired in?\n", id)
				code = 1
			}
		}
	}
	if code != 0 {
		fmt.Fprintln(os.Stderr, "FAIL: IAM check (pkg/apitest/iam_test.go): add the permission to the function's Policies in template.yaml")
	} else if testing.Verbose() {
		fmt.Printf("IAM check: %d distinct AWS calls of %d functions allowed by template.yaml %v\n", len(calls)-perFunction[""], len(perFunction)-min(perFunction[""], 1), perFunction)
	}
	return code
}

// TestChat_DeleteRoomWithMessages deletes a room that has messages: the
// path that batch-deletes them, which no other test takes, so that the
// IAM check sees the chat function's BatchWriteItem on the messages table.
func TestChat_DeleteRoomWithMessages(t *testing.T) {
	c := env.NewClient(t)
	c.SignUp(Email("delroom"), "abc12345", "delroom")
	room := NewRoom(t, c, "Go", "")
	c.Do("POST", "/api/chat/"+room, map[string]string{"content": "names for a retry counter"}).Want(t, 201)
	c.Do("DELETE", "/api/chat/"+room, nil).Want(t, 204)
	c.Do("GET", "/api/chat/"+room, nil).WantError(t, 404, "not_found")
}
