// A plain binary archive for data the program itself wrote (the prepared-data cache): numbers in
// the machine's byte order, strings, vectors and sets with a 64-bit count. One function per struct
// lists its fields once, and serves both directions: `archive(field, ...)` writes with
// ArchiveWriter and reads with ArchiveReader.
//
// The reader trusts nothing: every read checks the bytes left, a count larger than the bytes
// left fails at once (no huge allocation from a corrupt file), and after a failure every read is
// a no-op that leaves the default value, so the caller checks Ok() once at the end.
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace ta {

// Types whose vectors are written and read as one block of bytes: numbers, and structs of
// numbers without padding that say so (a specialisation beside their Fields, with a static_assert
// on the size). The bytes are the same as field by field; only the copying is faster (the
// prepared data is mostly points, runs of raster cells and cell labels).
template <class T>
struct ArchivePlain : std::bool_constant<std::is_arithmetic_v<T>> {};

// Fields(archive, value) for the archive's direction: const when writing, mutable when reading.
template <class T, class Archive>
using ArchiveRef = std::conditional_t<Archive::kWrites, const T&, T&>;

class ArchiveWriter {
public:
    static constexpr bool kWrites = true;

    template <class... T>
    void operator()(const T&... values) { (Put(values), ...); }
    std::string& Bytes() { return bytes_; }

private:
    template <class T>
    void Put(const T& value) {
        if constexpr (std::is_arithmetic_v<T> || std::is_enum_v<T>) {
            bytes_.append(reinterpret_cast<const char*>(&value), sizeof value);
        } else if constexpr (std::is_same_v<T, std::string>) {
            Put(static_cast<uint64_t>(value.size()));
            bytes_.append(value);
        } else if constexpr (std::is_same_v<T, std::vector<bool>>) {
            Put(static_cast<uint64_t>(value.size()));
            for (bool b : value) Put(static_cast<uint8_t>(b));
        } else {
            PutCompound(value);
        }
    }
    template <class T>
    void PutCompound(const std::vector<T>& values) {
        Put(static_cast<uint64_t>(values.size()));
        if constexpr (ArchivePlain<T>::value)
            bytes_.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
        else
            for (const T& v : values) Put(v);
    }
    template <class T>
    void PutCompound(const std::set<T>& values) {
        Put(static_cast<uint64_t>(values.size()));
        for (const T& v : values) Put(v);
    }
    template <class T>
    void PutCompound(const std::optional<T>& value) {
        Put(value.has_value());
        if (value) Put(*value);
    }
    template <class T>
    void PutCompound(const T& value) { Fields(*this, value); }

    std::string bytes_;
};

class ArchiveReader {
public:
    static constexpr bool kWrites = false;

    explicit ArchiveReader(std::string_view bytes) : left_(bytes) {}
    template <class... T>
    void operator()(T&... values) { (Get(values), ...); }
    bool Ok() const { return ok_; }
    bool AtEnd() const { return left_.empty(); }
    size_t Left() const { return left_.size(); }
    void Fail() { ok_ = false; }

private:
    template <class T>
    void Get(T& value) {
        if (!ok_) return;
        if constexpr (std::is_arithmetic_v<T> || std::is_enum_v<T>) {
            if (left_.size() < sizeof value) return Fail();
            std::memcpy(&value, left_.data(), sizeof value);
            left_.remove_prefix(sizeof value);
        } else if constexpr (std::is_same_v<T, std::string>) {
            const size_t n = Count();
            value.assign(left_.substr(0, n));
            left_.remove_prefix(n);
        } else if constexpr (std::is_same_v<T, std::vector<bool>>) {
            value.assign(Count(), false);
            for (size_t i = 0; i < value.size(); ++i) value[i] = left_[i] != 0;
            left_.remove_prefix(value.size());
        } else {
            GetCompound(value);
        }
    }
    // A count of elements of at least `size` bytes each, so never more than the bytes left allow.
    size_t Count(size_t size = 1) {
        uint64_t n = 0;
        Get(n);
        if (n > left_.size() / size) Fail();
        return ok_ ? static_cast<size_t>(n) : 0;
    }
    template <class T>
    void GetCompound(std::vector<T>& values) {
        if constexpr (ArchivePlain<T>::value) {
            values.resize(Count(sizeof(T)));
            if (values.empty()) return;  // data() may be null, and memcpy wants a pointer
            std::memcpy(values.data(), left_.data(), values.size() * sizeof(T));
            left_.remove_prefix(values.size() * sizeof(T));
        } else {
            values.resize(Count());
            for (T& v : values) Get(v);
        }
    }
    template <class T>
    void GetCompound(std::set<T>& values) {
        for (size_t n = Count(); ok_ && n > 0; --n) {
            T value{};
            Get(value);
            values.insert(std::move(value));
        }
    }
    template <class T>
    void GetCompound(std::optional<T>& value) {
        bool present = false;
        Get(present);
        if (present) Get(value.emplace());
    }
    template <class T>
    void GetCompound(T& value) { Fields(*this, value); }

    std::string_view left_;
    bool ok_ = true;
};

}  // namespace ta
