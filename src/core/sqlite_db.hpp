// A thin RAII layer over the SQLite C API for the diary: one connection, prepared statements
// with bound parameters (never SQL built from text), and errors as values, never exceptions.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace ta::sql {

class Statement;

class Connection {
public:
    Connection() = default;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    Connection(Connection&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}
    Connection& operator=(Connection&& other) noexcept;
    ~Connection() { Close(); }

    // Opens (creating when `create`) the file; false with `error` set when it cannot.
    bool Open(const std::filesystem::path& path, bool create, std::string& error);
    void Close();
    bool IsOpen() const { return db_ != nullptr; }

    // Runs SQL without results (several statements allowed). False with `error` set.
    bool Exec(const char* sql, std::string& error);
    // The first column of the first row of a query as a number or text.
    std::optional<std::int64_t> QueryInt(const char* sql, std::string& error);
    std::optional<std::string> QueryText(const char* sql, std::string& error);
    std::int64_t LastInsertId() const { return sqlite3_last_insert_rowid(db_); }
    // The extended result code of the last failure: tells corruption apart from a busy lock.
    int LastErrorCode() const { return db_ ? sqlite3_extended_errcode(db_) : SQLITE_CANTOPEN; }
    sqlite3* Handle() const { return db_; }

private:
    sqlite3* db_ = nullptr;
};

class Statement {
public:
    Statement(Connection& connection, const char* sql);
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement() { sqlite3_finalize(stmt_); }

    bool Ok() const { return stmt_ != nullptr; }
    Statement& Bind(int index, std::int64_t value);
    Statement& Bind(int index, std::string_view text);
    // Steps once: true while a row is available; at the end or on failure false (see Failed).
    bool Step();
    bool Failed() const { return failed_; }
    // Runs a statement without results: true when it finished cleanly. Resets it for reuse.
    bool Run();
    void Reset();
    std::int64_t Int(int column) const { return sqlite3_column_int64(stmt_, column); }
    std::string Text(int column) const;
    std::string Error() const;

private:
    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
    bool failed_ = false;
};

}  // namespace ta::sql
