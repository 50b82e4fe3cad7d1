package graph

import (
	"bufio"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// LocalPassword finds the password of the local server that scripts/neo4j-local runs, when
// uri names it: a loopback host and the Bolt port of one of the server folders below. The
// folders are $KG_NEO4J_HOME (env), then .kg/neo4j and .kg/neo4j/test of the working
// directory or the nearest parent that has them. Each keeps its password in a file
// "password" (mode 0600) and its Bolt port in conf/neo4j.conf. It returns the password and
// the file it came from, or ok=false when uri is not a local server's or no file is found.
func LocalPassword(uri, kgHome, workDir string) (password, path string, ok bool) {
	for _, home := range LocalHomes(uri, kgHome, workDir) {
		path = filepath.Join(home, "password")
		b, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		pw, _, _ := strings.Cut(string(b), "\n")
		if pw = strings.TrimSpace(pw); pw != "" {
			return pw, path, true
		}
	}
	return "", "", false
}

// LocalHomes lists the folders of local servers (see LocalPassword) whose Bolt port is the
// one uri names on a loopback host, most specific first; none when uri is not a local
// server's.
func LocalHomes(uri, kgHome, workDir string) []string {
	u, err := url.Parse(uri)
	if err != nil || u.Host == "" || !isLoopback(u.Hostname()) {
		return nil
	}
	port := u.Port()
	if port == "" {
		port = "7687"
	}
	var out []string
	for _, home := range localHomes(kgHome, workDir) {
		if boltPort(filepath.Join(home, "conf", "neo4j.conf")) == port {
			out = append(out, home)
		}
	}
	return out
}

// LocalHTTPPort is the HTTP port in the generated neo4j.conf of a local server folder ("" when
// absent).
func LocalHTTPPort(home string) string {
	return confPort(filepath.Join(home, "conf", "neo4j.conf"), "server.http.listen_address")
}

// localHomes lists the folders a local server may run from, most specific first.
func localHomes(kgHome, workDir string) []string {
	var homes []string
	if kgHome != "" {
		homes = append(homes, kgHome)
	}
	for dir := workDir; dir != ""; {
		base := filepath.Join(dir, ".kg", "neo4j")
		if info, err := os.Stat(base); err == nil && info.IsDir() {
			return append(homes, base, filepath.Join(base, "test"))
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return homes
}

// boltPort reads the port of server.bolt.listen_address from a generated neo4j.conf ("" when
// absent).
func boltPort(conf string) string { return confPort(conf, "server.bolt.listen_address") }

// confPort reads the port of a listen address setting from a generated neo4j.conf.
func confPort(conf, setting string) string {
	f, err := os.Open(conf)
	if err != nil {
		return ""
	}
	defer f.Close()
	port := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		key, value, ok := strings.Cut(strings.TrimSpace(sc.Text()), "=")
		if !ok || strings.TrimSpace(key) != setting {
			continue
		}
		value = strings.TrimSpace(value)
		if i := strings.LastIndexByte(value, ':'); i >= 0 {
			port = value[i+1:]
		}
	}
	return port
}

func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// IsLoopbackAddr says whether a listen address ("127.0.0.1:7479", "[::1]:80",
// "localhost:1") binds the loopback only. ":7479" and "0.0.0.0:7479" bind every interface.
func IsLoopbackAddr(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	return isLoopback(host)
}

// RedactURI drops credentials from a URI so it can be shown: the user:password part of a
// URI that parses, and anything between "://" and the last "@" before the host of one that
// does not.
func RedactURI(raw string) string {
	if u, err := url.Parse(raw); err == nil {
		if u.User == nil {
			return raw
		}
		u.User = nil
		return u.String()
	}
	scheme, rest, ok := strings.Cut(raw, "://")
	if !ok {
		rest, scheme = raw, ""
	}
	end := len(rest)
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		end = i
	}
	if at := strings.LastIndexByte(rest[:end], '@'); at >= 0 {
		rest = "[redacted]@" + rest[at+1:]
	} else if strings.Contains(rest, "@") {
		// No host part to tell the credentials from: show none of it.
		rest = "[redacted]"
	}
	if ok {
		return fmt.Sprintf("%s://%s", scheme, rest)
	}
	return rest
}

// LocalBoltPort is the Bolt port in the generated neo4j.conf of a local server folder.
func LocalBoltPort(home string) string { return boltPort(filepath.Join(home, "conf", "neo4j.conf")) }
