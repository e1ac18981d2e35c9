// The SQLite wrapper's bodies.
#include "sqlite_db.hpp"

namespace ta::sql {

Connection& Connection::operator=(Connection&& other) noexcept {
    if (this != &other) {
        Close();
        db_ = std::exchange(other.db_, nullptr);
    }
    return *this;
}

bool Connection::Open(const std::filesystem::path& path, bool create, std::string& error) {
    Close();
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
        error = db_ ? sqlite3_errmsg(db_) : "out of memory";
        Close();
        return false;
    }
    sqlite3_extended_result_codes(db_, 1);
    return true;
}

void Connection::Close() {
    if (db_) sqlite3_close_v2(db_);
    db_ = nullptr;
}

bool Connection::Exec(const char* sql, std::string& error) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) == SQLITE_OK) return true;
    error = message ? message : sqlite3_errmsg(db_);
    sqlite3_free(message);
    return false;
}

std::optional<std::int64_t> Connection::QueryInt(const char* sql, std::string& error) {
    Statement statement(*this, sql);
    if (statement.Ok() && statement.Step()) return statement.Int(0);
    error = statement.Error();
    return std::nullopt;
}

std::optional<std::string> Connection::QueryText(const char* sql, std::string& error) {
    Statement statement(*this, sql);
    if (statement.Ok() && statement.Step()) return statement.Text(0);
    error = statement.Error();
    return std::nullopt;
}

Statement::Statement(Connection& connection, const char* sql) : db_(connection.Handle()) {
    if (sqlite3_prepare_v2(db_, sql, -1, &stmt_, nullptr) != SQLITE_OK) {
        stmt_ = nullptr;
        failed_ = true;
    }
}

Statement& Statement::Bind(int index, std::int64_t value) {
    if (stmt_ && sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) failed_ = true;
    return *this;
}

Statement& Statement::Bind(int index, std::string_view text) {
    if (stmt_ && sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        failed_ = true;
    return *this;
}

bool Statement::Step() {
    if (!stmt_ || failed_) return false;
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) failed_ = true;
    return false;
}

bool Statement::Run() {
    const bool done = !Step() && !failed_;
    if (done) Reset();
    return done;
}

void Statement::Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::string Statement::Text(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return text ? std::string(text, static_cast<size_t>(sqlite3_column_bytes(stmt_, column))) : std::string();
}

std::string Statement::Error() const { return db_ ? sqlite3_errmsg(db_) : "no database"; }

}  // namespace ta::sql
