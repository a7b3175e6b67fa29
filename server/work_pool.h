// The worker pool: requests that run the engine (an estimate, a submission's
// checks) are computed here, apart from the io threads, so that a burst of
// them cannot hold up /health, logins or static files. A fixed number of
// threads and a bounded queue: beyond kMaxQueuedWork a request is refused at
// once (503 with Retry-After), and one that waited past its deadline in the
// queue is answered 503 without being computed (server/http.cpp).
#pragma once
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace skillaid::server {

// Engine work in parallel, by store (main.cpp). SQLite: a worker does not wait
// for its submission's COMMIT (the store's commit thread answers it,
// Store::insert_submission_then), only for reads and claims; 8 beat 16 in 4 of 4
// interleaved runs of tools/bench-server.sh (2 cores), and 4 was no better.
// PostgreSQL: the same (its commit thread answers new submissions); a worker
// waits for its reads' round trip and a claim's transaction. 2 per process beat
// 4 and 8 in 3 of 3 interleaved runs (two processes: 4 workers on 2 cores).
constexpr int kWorkerThreadsSqlite = 8;
constexpr int kWorkerThreadsPostgres = 2;
constexpr int kWorkerNiceness = 5;  // the workers' nice value (io threads: 0), setpriority(2)
constexpr std::size_t kMaxQueuedWork = 64;                     // waiting requests; beyond: 503 + Retry-After
constexpr auto kRequestDeadline = std::chrono::seconds(10);    // from the request read to its start; beyond: 503
constexpr int kBusyRetryAfterSeconds = 2;                      // Retry-After of those 503s

class WorkPool {
public:
    explicit WorkPool(int threads, std::size_t max_queued = kMaxQueuedWork);
    ~WorkPool();  // drops what is still queued, waits for the running tasks
    WorkPool(const WorkPool&) = delete;
    WorkPool& operator=(const WorkPool&) = delete;

    // Queues `task`; false (not queued) when kMaxQueuedWork tasks already wait.
    bool try_post(std::function<void()> task);

private:
    void run();

    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::function<void()>> queue_;
    std::size_t max_queued_;
    bool stopping_ = false;
    std::vector<std::thread> threads_;
};

}  // namespace skillaid::server
