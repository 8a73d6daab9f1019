package faulttest

import (
	"io"
	"os"
	"testing"

	"namebot/pkg/metrics"
)

// TestMain keeps the server's CloudWatch EMF lines out of the test output.
func TestMain(m *testing.M) {
	restore := metrics.SetOutput(io.Discard)
	code := m.Run()
	restore()
	os.Exit(code)
}
