// What the map's page uses of sigma.js and graphology; esbuild bundles it into one IIFE (./build.sh).
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Sigma from "sigma";
import { EdgeLineProgram, EdgeRectangleProgram } from "sigma/rendering";

window.verbinderVendor = { Graph, Sigma, forceAtlas2, EdgeLineProgram, EdgeRectangleProgram };
