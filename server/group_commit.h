// Group commit, shared by the stores: new submissions queue up, and a thread of
// their own takes what is queued (at most max_rows), stores the group in one
// transaction (the store's CommitGroup function), then calls each row's `done`.
// So a receipt is sent only after the COMMIT holding its row has returned, one
// commit (one fsync) carries every row that queued while the previous one was
// written, and the threads that check submissions never wait for a commit
// (docs/server.md "Commit path").
#pragma once
#include "server/store.h"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace skillaid::server {

// A new submission waiting for its group's commit.
struct PendingInsert {
    NewSubmission row;
    Store::InsertDone done;
    InsertResult result;       // set by CommitGroup: created, and the stored row
    std::exception_ptr error;  // or this: the row failed (alone, or with its whole group)
};

class GroupCommit {
public:
    // Stores `group` (one transaction), setting each row's result or error; must not throw.
    using CommitGroup = std::function<void(std::vector<PendingInsert>& group)>;

    GroupCommit(CommitGroup commit, std::size_t max_rows, std::size_t max_queued);
    ~GroupCommit();  // commits and answers what is still queued, then stops
    GroupCommit(const GroupCommit&) = delete;
    GroupCommit& operator=(const GroupCommit&) = delete;

    // Queues the row; beyond max_queued waiting rows, waits for room first.
    void add(NewSubmission row, Store::InsertDone done);

private:
    void run();

    CommitGroup commit_;
    std::size_t max_rows_;
    std::size_t max_queued_;
    std::mutex mutex_;
    std::condition_variable queued_;  // a row queued, or stopping_
    std::condition_variable room_;    // the queue shrank, or stopping_
    std::deque<PendingInsert> queue_;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace skillaid::server
