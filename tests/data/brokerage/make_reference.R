# Reference brokerage scores from R's sna for the graphs listed in graphs.csv.
#
#   Rscript make_reference.R [DIR]      (DIR defaults to this script's folder)
#
# Made with sna 2.7-1 (statnet.common, network 1.18.1) on R 4.2.2, Debian package r-cran-sna.
# For each graph NAME in DIR/graphs.csv (columns name,directed) it reads NAME.nodes.csv
# (id,group; ids 0..n-1) and NAME.edges.csv (source,target) and writes
#   NAME.sna.csv  per node: raw.*, exp.*, sd.*, z.* for w_I, w_O, b_IO, b_OI, b_O, t
#                 (brokerage()$raw.nli, $exp.nli, $sd.nli, $z.nli)
#   NAME.gli.csv  rows raw, exp, sd, z: brokerage()$raw.gli, $exp.gli, $sd.gli, $z.gli
# and DIR/sna_meta.csv with the edgelist rows m and the density m / (n (n - 1)) sna used.
#
# Directed graphs go to sna as an adjacency matrix: a repeated edge is one entry and a
# self-loop sits on the diagonal (sna counts it in m, never as a broker).  Undirected graphs
# go as an undirected network object, which sna turns into both directions of each edge.
suppressPackageStartupMessages({
  library(sna)
  library(network)
})

args <- commandArgs(trailingOnly = TRUE)
if (length(args) >= 1) {
  dir <- args[1]
} else {
  file_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)
  dir <- dirname(normalizePath(sub("^--file=", "", file_arg)))
}

graphs <- read.csv(file.path(dir, "graphs.csv"), stringsAsFactors = FALSE)
cols <- c("w_I", "w_O", "b_IO", "b_OI", "b_O", "t")
meta <- data.frame()
for (r in seq_len(nrow(graphs))) {
  name <- graphs$name[r]
  directed <- as.logical(graphs$directed[r])
  nodes <- read.csv(file.path(dir, paste0(name, ".nodes.csv")), stringsAsFactors = FALSE)
  edges <- read.csv(file.path(dir, paste0(name, ".edges.csv")))
  n <- nrow(nodes)
  cl <- as.character(nodes$group[order(nodes$id)])
  if (directed) {
    g <- matrix(0, n, n)
    g[cbind(edges$source + 1, edges$target + 1)] <- 1
  } else {
    g <- network.initialize(n, directed = FALSE)
    if (nrow(edges) > 0) add.edges(g, edges$source + 1, edges$target + 1)
  }
  b <- brokerage(g, cl)
  m <- NROW(as.edgelist.sna(g))
  nli <- cbind(b$raw.nli, b$exp.nli, b$sd.nli, b$z.nli)
  colnames(nli) <- c(paste0("raw.", cols), paste0("exp.", cols), paste0("sd.", cols), paste0("z.", cols))
  write.csv(data.frame(node = seq_len(n) - 1, nli, check.names = FALSE),
            file.path(dir, paste0(name, ".sna.csv")), row.names = FALSE)
  gli <- rbind(b$raw.gli, b$exp.gli, b$sd.gli, b$z.gli)
  colnames(gli) <- cols
  write.csv(data.frame(row = c("raw", "exp", "sd", "z"), gli, check.names = FALSE),
            file.path(dir, paste0(name, ".gli.csv")), row.names = FALSE)
  meta <- rbind(meta, data.frame(name = name, n = n, m = m, density = m / (n * (n - 1))))
}
meta$sna_version <- as.character(packageVersion("sna"))
write.csv(meta, file.path(dir, "sna_meta.csv"), row.names = FALSE)
