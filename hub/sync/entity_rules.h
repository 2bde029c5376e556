#pragma once

// What each synced entity may hold, and who may change it (sync-protocol.md "Entities").

#include "hub/sync/hub_storage.h"

#include "core/sync/protocol.h"
#include "core/util/result.h"

#include <Poco/Dynamic/Var.h>

#include <string>

namespace balgul::hub {

/// The hub's key for an op's entity. Problems, comments, pilots and feedback keep the client's
/// UUID; a support is one per user and problem ("<problem id>:<user id>"), a pilot's tester one per
/// user and pilot ("<pilot id>:<user id>"), an attachment one per problem and blob
/// ("<problem id>:<sha256>"), as the client store queues them under the problem's or pilot's id.
/// Error code `invalid_field` naming the field at fault.
core::Result<std::string> hubEntityId(const core::sync::Op& op, const User& user);

/// Checks names, types and ranges of an op's fields. When `creating`, the fields a new
/// entity needs must be present. Error code `invalid_field` with the field's name.
core::Status validateFields(const core::sync::Op& op, bool creating);

/// The fields stored for a new entity beyond what the op carries (links derived from the key).
void addDerivedFields(const core::sync::Op& op, Poco::JSON::Object& fields);

/// The op without the fields the hub sets from the account (`author` and `author_id` of problems,
/// comments, merges, pilots and feedback, `user` and `user_id` of supports and testers) and, on a
/// merge, the record of what it did (kMergeRecordFields): what a client sends there is ignored.
core::sync::Op withoutAccountFields(const core::sync::Op& op);

/// Sets who wrote an entity from `user`'s account: `author` (the display name) and `author_id`
/// on problems, comments, merges, pilots, feedback and history entries, `user` and `user_id` on supports
/// and testers.
void setAccountFields(const std::string& entity, const User& user, Poco::JSON::Object& fields);

/// Whether `op` (an upsert that authorize() let through) brings the deleted `current` back: that
/// needs the right to delete it (error `forbidden` without) and at least one field the writer
/// may set (false without: the op changes nothing and the entity stays deleted).
core::Result<bool> mayBringBack(const User& user, const core::sync::Op& op, const EntityState& current);

/// The fields a tombstone keeps so a client can find what was deleted (a merge's: the two problems).
Poco::JSON::Object::Ptr tombstoneFields(const EntityState& state);

/// Whether `user` may apply `op` to `current` (absent when creating). `parent` is what the entity
/// hangs on (see parentOf()). Error code `forbidden` (or `not_found`).
core::Status authorize(const User& user, const core::sync::Op& op, const EntityState* current,
                       const EntityState* parent);

/// An entity another hangs on: the problem of a comment, support, attachment or status change, the
/// pilot of a tester, a feedback or a phase change.
struct ParentRef
{
    std::string entity; ///< "problem" or "pilot"; "" for problems and pilots, which hang on nothing
    std::string id;     ///< "" when neither the op nor the stored entity names it
};

/// What `op`'s entity hangs on: from the op (its link field, or its id for the kinds keyed under
/// their parent), else from `current` (an edit carries only the fields it changes).
ParentRef parentOf(const core::sync::Op& op, const EntityState* current = nullptr);

/// JSON values equal as the protocol sees them (numbers by value).
bool sameValue(const Poco::Dynamic::Var& a, const Poco::Dynamic::Var& b);

} // namespace balgul::hub
