#include "server/group_commit.h"

namespace skillaid::server {

GroupCommit::GroupCommit(CommitGroup commit, std::size_t max_rows, std::size_t max_queued)
    : commit_(std::move(commit)), max_rows_(max_rows), max_queued_(max_queued), thread_([this] { run(); }) {}

GroupCommit::~GroupCommit() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    queued_.notify_one();
    room_.notify_all();
    thread_.join();
}

void GroupCommit::add(NewSubmission row, Store::InsertDone done) {
    std::unique_lock<std::mutex> lock(mutex_);
    room_.wait(lock, [&] { return stopping_ || queue_.size() < max_queued_; });
    if (stopping_) {
        lock.unlock();
        done(InsertResult{}, std::make_exception_ptr(StoreError("数据库正在关闭")));
        return;
    }
    queue_.push_back(PendingInsert{std::move(row), std::move(done), {}, {}});
    lock.unlock();
    queued_.notify_one();
}

// A group from the queue, committed, answered; until stopping and the queue is empty.
void GroupCommit::run() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
        queued_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        if (queue_.empty())
            return;  // stopping, and everything queued was answered
        std::vector<PendingInsert> group;
        while (!queue_.empty() && group.size() < max_rows_) {
            group.push_back(std::move(queue_.front()));
            queue_.pop_front();
        }
        lock.unlock();
        room_.notify_all();
        commit_(group);
        for (PendingInsert& p : group)
            p.done(std::move(p.result), p.error);
        group.clear();  // the rows and their callbacks, before the lock is taken again
        lock.lock();
    }
}

}  // namespace skillaid::server
